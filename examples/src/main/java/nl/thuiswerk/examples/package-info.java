/**
 * Examples of embedding thuiswerk in an application; not part of the library. The build compiles them and
 * runs them in its tests, and the README's Java example is the one in {@link nl.thuiswerk.examples.ReadmeExample}.
 */
package nl.thuiswerk.examples;
