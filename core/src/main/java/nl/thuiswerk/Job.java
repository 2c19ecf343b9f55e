package nl.thuiswerk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The job, as the tasks it is made of.
 *
 * @param title optional, at most 200 characters
 * @param tasks 1..100 tasks; their hours together at most 80 a week
 */
public record Job(String title, List<Task> tasks) {

    public Job {
        // a null element stays visible to validation instead of failing here with a bare NullPointerException
        tasks = tasks == null ? null : Collections.unmodifiableList(new ArrayList<>(tasks));
    }

    public static Job of(String title, Task... tasks) {
        return new Job(title, List.of(tasks));
    }
}
