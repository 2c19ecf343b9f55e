// The questionnaire: builds the contract's case from the form, POSTs it to /api/decisions and shows the decision,
// or each problem next to its field. What the person typed lives in the form only and is never reloaded, stored
// (no localStorage, no cookies) or put in a URL: the company doctor's advice is health data.
'use strict';

(function () {
  const TEXTS = {
    nl: {
      pageTitle: 'Thuiswerkadvies',
      title: 'Thuiswerkadvies',
      'nav.requests': 'Een verzoek om thuis te werken (Wet flexibel werken)',
      subtitle: 'Volgens de criteria thuiswerken 2021–2022, met de bron van elke reden',
      'case.heading': 'De casus',
      'case.id': 'Casusnummer',
      'case.newId': 'Nieuw nummer',
      'case.date': 'Peildatum',
      'case.datePlaceholder': 'dd-mm-jjjj',
      'case.dateHint': 'Het advies gold van 18 februari 2021 tot en met 14 maart 2022; voor 26 juni – 24 september 2021 is er geen regelset.',
      'case.jobTitle': 'Functie',
      'case.policy': 'Beleid van de werkgever',
      'case.noPolicy': 'Geen: alleen de landelijke regels',
      'case.policyHint': 'Het beleid van de werkgever bepaalt binnen het landelijke advies hoeveel van de werktijd minstens en hoogstens op locatie is.',
      'share.min': 'Minstens {share} van de werktijd op locatie',
      'decision.policy': 'Beleid: {title} ({version})',
      optional: '(optioneel)',
      'tasks.heading': 'Taken',
      'tasks.hint': 'Elke taak met haar uren per week en wat ze op locatie nodig heeft. Vink niets aan voor werk dat thuis kan.',
      'tasks.add': '+ Taak toevoegen',
      'tasks.remove': 'Taak verwijderen',
      'task.name': 'Naam van de taak',
      'task.hours': 'Uren per week',
      'task.needs': 'Nodig op locatie',
      'need.PHYSICAL_PRESENCE': 'Fysieke aanwezigheid',
      'need.LOCATION_BOUND_EQUIPMENT': 'Software of hardware op locatie',
      'need.CONFIDENTIAL_INFORMATION': 'Vertrouwelijke informatie',
      'need.ESSENTIAL_PROCESS': 'Noodzakelijk bedrijfsproces',
      'worker.heading': 'Werknemer en werkplek',
      'worker.advice': 'Advies van de bedrijfsarts bij mentale klachten door het thuiswerken: deel van de werktijd op locatie',
      'worker.adviceHint': 'Alleen als de bedrijfsarts werk op locatie adviseert omdat het thuiswerken mentale klachten geeft (het criterium MENTAL_HEALTH); een andere gezondheidsreden, zoals rugklachten, hoort hier niet. Een getal groter dan 0 en hoogstens 1, bijvoorbeeld 0,4 voor 40%. Gezondheidsgegeven: de portal bewaart of logt het niet.',
      'worker.home': 'Thuiswerkplek',
      'home.ADEQUATE': 'Toereikend',
      'home.INADEQUATE_REMEDIABLE': 'Niet toereikend, wel te verhelpen',
      'home.INADEQUATE_NOT_REMEDIABLE': 'Niet toereikend en niet te verhelpen',
      'worker.corona': 'Werkplek op locatie voldoet aan de coronamaatregelen',
      notStated: 'Niet opgegeven',
      yes: 'Ja',
      no: 'Nee',
      submit: 'Advies vragen',
      busy: 'Bezig…',
      'result.empty': 'Beantwoord de vragen en vraag om advies. De uitkomst verschijnt hier, met de redenen en hun bron.',
      'err.invalid': 'De casus is nog niet compleet',
      'err.invalidHint': 'Verbeter de gemarkeerde velden; wat u invulde, blijft staan.',
      'err.noRuleSet': 'Op deze datum geldt geen regelset',
      'err.other': 'Er ging iets mis',
      'err.network': 'De portal is niet bereikbaar. Wat u invulde, blijft staan; probeer het zo opnieuw.',
      'decision.for': 'Advies voor {id} op {date}',
      'outcome.HOME': 'Thuiswerken',
      'outcome.PARTLY_ON_SITE': 'Deels op locatie',
      'outcome.ON_SITE': 'Op locatie',
      'share.max': 'Hoogstens {share} van de werktijd op locatie',
      'share.none': 'Geen landelijke grens: werkgever en werknemer spreken de verdeling af',
      'd.reasons': 'Waarom',
      'd.conditions': 'Voorwaarden',
      'd.assumptions': 'Aangenomen, omdat de casus het niet zei',
      'd.whatWouldChange': 'Wat de uitkomst zou veranderen',
      'none.reasons': 'Geen redenen.',
      'none.conditions': 'Geen voorwaarden.',
      'none.assumptions': 'Niets aangenomen: de casus noemde elk feit.',
      'none.whatWouldChange': 'Geen verandering van de feiten geeft een andere uitkomst.',
      blocking: 'Blokkerend',
      'blocking.notice': 'Een blokkerende voorwaarde geldt: geen werk op locatie tot eraan is voldaan.',
      lifted: 'Voorwaarde vervalt',
      'task.number': 'Taak {n}',
      'field.case': 'De casus',
      condition: 'Voorwaarde',
      source: 'Bron',
      'd.ruleSet': 'Besloten onder regelset {id} «{title}», geldig van {from} tot en met {to}.',
      'd.ruleSetOpen': 'Besloten onder regelset {id} «{title}», geldig vanaf {from}.',
      'd.noRuleSet': 'Op deze dag geldt geen landelijk thuiswerkadvies.',
      'd.policy': 'Beleid van de werkgever: {id} «{title}», geldig van {from} tot en met {to}.',
      'd.policyOpen': 'Beleid van de werkgever: {id} «{title}», geldig vanaf {from}.',
      'd.evidence': 'De ingangsdatum komt uit {date}, de formulering uit {wording}.',
      'evidence.PRIMARY': 'een tekst van de overheid (primaire bron)',
      'evidence.SECONDARY': 'een bericht erover (secundaire bron)',
      'd.receipt': 'Ontvangstbewijs, om het advies later te controleren',
      'receipt.inputSha256': 'Casus',
      'receipt.ruleSetFingerprint': 'Regelset',
      'receipt.policyFingerprint': 'Beleid',
      'receipt.libraryVersion': 'thuiswerk',
      'd.disclaimer': 'Dit advies ondersteunt het gesprek tussen werkgever en werknemer; het beslist zelf niets.'
    },
    en: {
      pageTitle: 'Home-working advice',
      title: 'Home-working advice',
      'nav.requests': 'A request to work from home (Wet flexibel werken)',
      subtitle: 'Under the Dutch home-working criteria 2021–2022, with the source of every reason',
      'case.heading': 'The case',
      'case.id': 'Case id',
      'case.newId': 'New id',
      'case.date': 'Reference date',
      'case.datePlaceholder': 'dd-mm-yyyy',
      'case.dateHint': 'The advice applied from 18 February 2021 to 14 March 2022; there is no rule set for 26 June – 24 September 2021.',
      'case.jobTitle': 'Job title',
      'case.policy': "Employer's policy",
      'case.noPolicy': 'None: the national rules alone',
      'case.policyHint': "Within the national advice, the employer's policy sets the least and the most of the working time on site.",
      'share.min': 'At least {share} of working time on site',
      'decision.policy': 'Policy: {title} ({version})',
      optional: '(optional)',
      'tasks.heading': 'Tasks',
      'tasks.hint': 'Each task with its hours a week and what it needs on site. Tick nothing for work that can be done from home.',
      'tasks.add': '+ Add a task',
      'tasks.remove': 'Remove this task',
      'task.name': 'Task name',
      'task.hours': 'Hours per week',
      'task.needs': 'Needs on site',
      'need.PHYSICAL_PRESENCE': 'Physical presence',
      'need.LOCATION_BOUND_EQUIPMENT': 'Software or hardware on site',
      'need.CONFIDENTIAL_INFORMATION': 'Confidential information',
      'need.ESSENTIAL_PROCESS': 'Essential business process',
      'worker.heading': 'Worker and workplace',
      'worker.advice': "Company doctor's advice for mental complaints from working at home: share of working time on site",
      'worker.adviceHint': 'Only where the company doctor advises work on site because working at home causes mental complaints (the criterion MENTAL_HEALTH); another health reason, such as a back problem, does not belong here. A number greater than 0 and at most 1, e.g. 0.4 for 40%. Health data: the portal neither stores nor logs it.',
      'worker.home': 'Home workplace',
      'home.ADEQUATE': 'Adequate',
      'home.INADEQUATE_REMEDIABLE': 'Inadequate, can be made adequate',
      'home.INADEQUATE_NOT_REMEDIABLE': 'Inadequate, cannot be made adequate',
      'worker.corona': 'On-site workplace meets the corona measures',
      notStated: 'Not stated',
      yes: 'Yes',
      no: 'No',
      submit: 'Get the advice',
      busy: 'Deciding…',
      'result.empty': 'Answer the questions and ask for the advice. The outcome appears here, with its reasons and their sources.',
      'err.invalid': 'The case is not complete yet',
      'err.invalidHint': 'Correct the marked fields; what you typed stays.',
      'err.noRuleSet': 'No rule set is in force on this date',
      'err.other': 'Something went wrong',
      'err.network': 'The portal cannot be reached. What you typed stays; try again in a moment.',
      'decision.for': 'Advice for {id} on {date}',
      'outcome.HOME': 'Work from home',
      'outcome.PARTLY_ON_SITE': 'Partly on site',
      'outcome.ON_SITE': 'On site',
      'share.max': 'At most {share} of working time on site',
      'share.none': 'No national limit: employer and employee agree on the split',
      'd.reasons': 'Why',
      'd.conditions': 'Conditions',
      'd.assumptions': 'Assumed, because the case did not say',
      'd.whatWouldChange': 'What would change the outcome',
      'none.reasons': 'No reasons.',
      'none.conditions': 'No conditions.',
      'none.assumptions': 'Nothing assumed: the case stated every fact.',
      'none.whatWouldChange': 'No change of the facts gives another outcome.',
      blocking: 'Blocking',
      'blocking.notice': 'A blocking condition applies: no work on site until it is met.',
      lifted: 'Condition lifted',
      'task.number': 'Task {n}',
      'field.case': 'The case',
      condition: 'Condition',
      source: 'Source',
      'd.ruleSet': 'Decided under rule set {id} «{title}», in force from {from} to {to}.',
      'd.ruleSetOpen': 'Decided under rule set {id} «{title}», in force from {from}.',
      'd.noRuleSet': 'No national home-working advice is in force on this day.',
      'd.policy': "Employer's policy: {id} «{title}», in force from {from} to {to}.",
      'd.policyOpen': "Employer's policy: {id} «{title}», in force from {from}.",
      'd.evidence': 'Its start date comes from {date}, its wording from {wording}.',
      'evidence.PRIMARY': 'a government text (primary source)',
      'evidence.SECONDARY': 'a report of it (secondary source)',
      'd.receipt': 'Receipt, to check the advice later',
      'receipt.inputSha256': 'Case',
      'receipt.ruleSetFingerprint': 'Rule set',
      'receipt.policyFingerprint': 'Policy',
      'receipt.libraryVersion': 'thuiswerk',
      'd.disclaimer': 'This advice supports the conversation between employer and employee; it decides nothing by itself.'
    }
  };

  // The library words its problems in the language asked for (?lang=). The page asks for dates day first, so the
  // library's word for its own format, the ISO date, would mislead here: only that is worded again.
  const PROBLEMS = {
    nl: [
      [/^moet een ISO-datum zijn, jjjj-mm-dd$/, 'moet een datum zijn als dd-mm-jjjj'],
      [/^is geen bestaande datum.*$/, 'is geen bestaande datum']
    ],
    en: [
      [/^must be an ISO date, yyyy-mm-dd$/, 'must be a date as dd-mm-yyyy'],
      [/^is not a date that exists.*$/, 'is not a date that exists']
    ]
  };

  const $ = (id) => document.getElementById(id);
  const form = $('case-form');
  const tasks = $('tasks');
  let lang = 'nl';
  let rowCount = 0;
  let request = 0;
  // what is on screen, so that a change of language can show it again: the case last decided (to ask for its
  // texts in the other language), or the error last answered
  let shown = null;

  function t(key, values) {
    let text = TEXTS[lang][key] ?? TEXTS.en[key] ?? key;
    for (const [name, value] of Object.entries(values || {})) {
      text = text.split('{' + name + '}').join(value);
    }
    return text;
  }

  function applyTexts(root) {
    root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
    root.querySelectorAll('[data-i18n-placeholder]').forEach((el) => {
      el.placeholder = t(el.dataset.i18nPlaceholder);
    });
    root.querySelectorAll('[data-i18n-label]').forEach((el) => {
      el.setAttribute('aria-label', t(el.dataset.i18nLabel));
      el.title = t(el.dataset.i18nLabel);
    });
  }

  function setLanguage(next) {
    lang = TEXTS[next] ? next : 'nl';
    document.documentElement.lang = lang;
    document.title = t('pageTitle');
    applyTexts(document);
    document.querySelectorAll('.lang-switch button').forEach((b) => {
      b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
    });
    // only the language goes in the page's address, so a reload or a shared link keeps it
    const url = new URL(window.location.href);
    url.search = '?lang=' + lang;
    history.replaceState(null, '', url);
    // what the server wrote is in the language it was asked in: ask again, for its words in the new language
    if (shown && shown.aCase && shown.status !== 0) {
      decide(shown.aCase);
    } else if (shown && shown.kind === 'error') {
      showError(shown.status, shown.body);
    }
  }

  // ----- the form -----

  function addTask(values) {
    const row = $('task-template').content.firstElementChild.cloneNode(true);
    const uid = 'task' + (++rowCount);
    row.querySelectorAll('.field[data-part]').forEach((field) => {
      const input = field.querySelector('input.task-name, input.task-hours');
      const label = field.querySelector(':scope > label');
      if (input && label) {
        input.id = uid + '-' + field.dataset.part;
        label.htmlFor = input.id;
      }
    });
    row.querySelector('.remove-task').addEventListener('click', () => {
      row.remove();
      if (!tasks.children.length) {
        addTask();
      }
      tasks.querySelector('.task-name').focus();
    });
    if (values) {
      row.querySelector('.task-name').value = values.name || '';
      row.querySelector('.task-hours').value = values.hoursPerWeek ?? '';
    }
    applyTexts(row);
    tasks.appendChild(row);
    return row;
  }

  function newCaseId() {
    const bytes = new Uint8Array(4);
    crypto.getRandomValues(bytes);
    $('caseId').value = 'case-' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  }

  // A number as people type it: with a decimal comma (0,4, as the Dutch hint says) or a point. Anything else
  // goes to the library as typed, which answers that it must be a number, next to the field.
  function decimal(typed) {
    const text = typed.trim();
    return /^\d*[.,]?\d+$/.test(text) ? Number(text.replace(',', '.')) : text;
  }

  // A date as the field asks for it, day first (15-03-2021, also with / or . and single digits), or as ISO
  // (2021-03-15): the contract's ISO date. Anything else goes to the library as typed, which answers that it must be
  // a date, next to the field.
  function isoDate(typed) {
    const text = typed.trim();
    const dayFirst = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
    if (dayFirst) {
      return dayFirst[3] + '-' + dayFirst[2].padStart(2, '0') + '-' + dayFirst[1].padStart(2, '0');
    }
    return text;
  }

  // dd-mm-yyyy: the order of the page's date field, in both languages
  function dayDate(iso) {
    const ymd = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    return ymd ? ymd[3] + '-' + ymd[2] + '-' + ymd[1] : iso;
  }

  // An answer left empty is left out of the case, so the contract says what it means: a required field "is
  // required", an optional one "not stated" (and listed among the assumptions when a default applies).
  function readCase() {
    const text = (id) => $(id).value.trim();
    const aCase = {};
    if (text('caseId')) aCase.caseId = text('caseId');
    if (text('referenceDate')) aCase.referenceDate = isoDate(text('referenceDate'));
    const job = { tasks: [] };
    if (text('jobTitle')) job.title = text('jobTitle');
    tasks.querySelectorAll('[data-task-row]').forEach((row) => {
      const task = {};
      const name = row.querySelector('.task-name').value.trim();
      if (name) task.name = name;
      const hours = row.querySelector('.task-hours').value.trim();
      if (hours !== '') task.hoursPerWeek = decimal(hours);
      // the form asked about each need, so a task with none ticked is stated as needing nothing, not left unsaid
      task.needs = Array.from(row.querySelectorAll('.needs input:checked'), (box) => box.value);
      job.tasks.push(task);
    });
    aCase.job = job;
    const worker = {};
    const advice = $('adviceShare').value.trim();
    if (advice !== '') worker.occupationalPhysicianAdvice = { onSiteShare: decimal(advice) };
    if ($('homeWorkplace').value) worker.homeWorkplace = $('homeWorkplace').value;
    if (Object.keys(worker).length) aCase.worker = worker;
    if ($('corona').value) aCase.onSiteWorkplace = { meetsCoronaMeasures: $('corona').value === 'true' };
    if ($('employerPolicy').value) aCase.employerPolicy = $('employerPolicy').value;
    return aCase;
  }

  // ----- asking -----

  async function decide(aCase) {
    const mine = ++request;
    const button = $('submit');
    button.disabled = true;
    $('form-status').textContent = t('busy');
    let status = 0;
    let body = null;
    try {
      // the language is the only thing in the URL; the case, health data and all, is the body
      const response = await fetch('/api/decisions?lang=' + lang, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(aCase),
        cache: 'no-store',
        credentials: 'omit'
      });
      status = response.status;
      body = await response.json().catch(() => null);
    } catch (unreachable) {
      status = 0;
    }
    if (mine !== request) {
      return; // a later question was asked meanwhile; its answer is the one to show
    }
    button.disabled = false;
    $('form-status').textContent = '';
    if (status === 200 && body && body.outcome) {
      shown = { kind: 'decision', aCase };
      clearErrors();
      showDecision(body);
    } else {
      shown = { kind: 'error', status, body, aCase };
      showError(status, body);
    }
  }

  // ----- errors next to their fields -----

  function clearErrors() {
    document.querySelectorAll('.field-error').forEach((p) => { p.hidden = true; p.textContent = ''; });
    document.querySelectorAll('.invalid').forEach((el) => el.classList.remove('invalid'));
    document.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
    $('error-summary').hidden = true;
  }

  function problemText(message) {
    let text = message;
    for (const [pattern, worded] of PROBLEMS[lang] || []) {
      if (pattern.test(message)) {
        text = message.replace(pattern, worded);
        break;
      }
    }
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  // The field a problem's path belongs to: the exact one, else the nearest enclosing one
  // (job.tasks[1].needs[0] → the needs of the second task; worker.occupationalPhysicianAdvice → the advice).
  function fieldFor(path) {
    const rows = tasks.querySelectorAll('[data-task-row]');
    const paths = { 'worker.occupationalPhysicianAdvice': 'worker.occupationalPhysicianAdvice.onSiteShare',
      worker: 'worker.homeWorkplace', onSiteWorkplace: 'onSiteWorkplace.meetsCoronaMeasures', job: 'job.tasks' };
    let p = path;
    while (p) {
      const task = /^job\.tasks\[(\d+)\](?:\.(\w+))?$/.exec(p);
      if (task) {
        const row = rows[Number(task[1])];
        if (row) {
          return task[2] ? row.querySelector('.field[data-part="' + task[2] + '"]') : row;
        }
      } else {
        const field = form.querySelector('.field[data-path="' + (paths[p] || p) + '"]');
        if (field) {
          return field;
        }
      }
      const shorter = p.replace(/(\[\d+\]|\.\w+)$/, '');
      p = shorter === p ? '' : shorter;
    }
    return null;
  }

  function lowerFirst(text) {
    return text.charAt(0).toLowerCase() + text.slice(1);
  }

  // What the person sees as the field's name: its label, and for a task which one (Task 2 · Hours per week).
  function fieldName(path, field) {
    const task = /^job\.tasks\[(\d+)\]/.exec(path);
    if (path === 'job.tasks') {
      return t('tasks.heading');
    }
    const label = field && !field.matches('[data-task-row]') && field.querySelector(':scope > label, :scope > legend');
    const name = label ? (label.querySelector('[data-i18n]') || label).textContent.trim() : '';
    if (task) {
      const number = t('task.number', { n: Number(task[1]) + 1 });
      return name ? number + ' · ' + name : number;
    }
    return name || t('field.case');
  }

  function markField(field, message) {
    const error = field.matches('[data-task-row]') ? field.querySelector('.task-error')
      : field.querySelector(':scope > .field-error');
    error.textContent = error.textContent ? error.textContent + ' ' + message : message;
    error.hidden = false;
    field.classList.add('invalid');
    const input = field.querySelector('input, select');
    if (input && !field.matches('[data-task-row]')) {
      input.setAttribute('aria-invalid', 'true');
      if (!error.id) error.id = (input.id || 'field') + '-error';
      input.setAttribute('aria-describedby', error.id);
    }
  }

  function showError(status, body) {
    clearErrors();
    $('decision').hidden = true;
    $('result-empty').hidden = true;
    const error = body && body.error;
    const list = $('error-list');
    list.replaceChildren();
    const title = $('error-title');
    const message = $('error-message');
    if (error && error.code === 'INVALID_INPUT') {
      title.textContent = t('err.invalid');
      message.textContent = t('err.invalidHint');
      let first = null;
      for (const problem of error.problems) {
        const field = fieldFor(problem.path);
        const text = problemText(problem.message);
        if (field) {
          markField(field, text);
          first = first || field;
        }
        const item = document.createElement('li');
        item.append(el('strong', null, fieldName(problem.path, field) + ': '), lowerFirst(text), ' ',
          el('code', 'path', problem.path || '—'));
        list.appendChild(item);
      }
      if (first) {
        const input = first.querySelector('input, select');
        if (input) input.focus({ preventScroll: true });
        first.scrollIntoView({ block: 'center', behavior: 'smooth' });
      }
    } else if (error && error.code === 'NO_RULESET_IN_FORCE') {
      title.textContent = t('err.noRuleSet');
      message.textContent = error.message;
      markField(fieldFor('referenceDate'), t('err.noRuleSet'));
    } else {
      title.textContent = t('err.other');
      message.textContent = status === 0 ? t('err.network') : (error && error.message) || ('HTTP ' + status);
    }
    $('error-summary').hidden = false;
  }

  // ----- the decision -----

  function percent(share) {
    return new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB',
      { style: 'percent', maximumFractionDigits: 2 }).format(share);
  }

  function longDate(iso) {
    const [y, m, d] = iso.split('-').map(Number);
    return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' })
      .format(new Date(Date.UTC(y, m - 1, d)));
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function sourceOf(source) {
    const wrap = el('div', 'source');
    wrap.appendChild(el('blockquote', 'quote', source.quote));
    const cite = el('p', 'cite');
    cite.append(t('source') + ': ');
    const link = el('a', null, source.title);
    link.href = source.url;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    cite.appendChild(link);
    wrap.appendChild(cite);
    return wrap;
  }

  function fill(list, items, render, emptyKey) {
    list.replaceChildren();
    if (!items.length) {
      list.appendChild(el('li', 'empty', t(emptyKey)));
      return;
    }
    items.forEach((item) => list.appendChild(render(item)));
  }

  function showDecision(d) {
    $('error-summary').hidden = true;
    $('result-empty').hidden = true;
    const article = $('decision');
    article.dataset.outcome = d.outcome;
    $('decision-for').textContent = t('decision.for', { id: d.caseId, date: longDate(d.referenceDate) });
    const outcome = $('outcome');
    outcome.textContent = t('outcome.' + d.outcome);
    outcome.className = 'outcome outcome-' + d.outcome;
    $('outcome-code').textContent = d.outcome;

    const bar = $('share-bar');
    const fillBar = $('share-fill');
    if (d.maxOnSiteShare === null) {
      bar.classList.add('no-limit');
      fillBar.style.width = '100%';
      $('share-text').textContent = t('share.none');
    } else {
      bar.classList.remove('no-limit');
      fillBar.style.width = (d.maxOnSiteShare * 100) + '%';
      $('share-text').textContent = t('share.max', { share: percent(d.maxOnSiteShare) });
    }
    // a policy's decision has a floor as well; a national one's floor says nothing the reasons do not
    const floor = $('share-floor');
    floor.hidden = !d.policy;
    floor.textContent = d.policy ? t('share.min', { share: percent(d.minOnSiteShare) }) + ' · '
      + t('decision.policy', { title: d.policy.title, version: d.policy.version }) : '';
    bar.setAttribute('aria-label', $('share-text').textContent);
    const blocked = d.conditions.some((condition) => condition.blocking);
    $('blocking-notice').hidden = !blocked;
    $('blocking-notice').textContent = blocked ? t('blocking.notice') : '';

    fill($('reasons'), d.reasons, (reason) => {
      const item = el('li', 'reason');
      item.dataset.code = reason.code;
      const head = el('div', 'item-head');
      const code = el('code', 'code', reason.code);
      code.title = reason.rule;
      head.appendChild(code);
      item.append(head, el('p', 'text', reason.text), sourceOf(reason.source));
      return item;
    }, 'none.reasons');

    fill($('conditions'), d.conditions, (condition) => {
      const item = el('li', condition.blocking ? 'condition blocking' : 'condition');
      item.dataset.code = condition.code;
      item.dataset.blocking = String(condition.blocking);
      const head = el('div', 'item-head');
      head.append(el('span', condition.blocking ? 'badge badge-blocking' : 'badge',
        t(condition.blocking ? 'blocking' : 'condition')), el('code', 'code', condition.code));
      item.append(head, el('p', 'text', condition.text), sourceOf(condition.source));
      return item;
    }, 'none.conditions');

    fill($('assumptions'), d.assumptions, (assumption) => {
      const item = el('li', 'assumption');
      item.dataset.path = assumption.path;
      item.append(el('p', 'text', assumption.text), el('code', 'path', assumption.path));
      return item;
    }, 'none.assumptions');

    fill($('what-would-change'), d.whatWouldChange, (change) => {
      const item = el('li', 'what-if');
      const lifts = change.outcome === d.outcome && change.conditionsLifted.length > 0;
      item.append(lifts ? el('span', 'outcome-pill lifted', t('lifted'))
        : el('span', 'outcome-pill outcome-' + change.outcome, t('outcome.' + change.outcome)),
      el('span', 'text', change.text));
      return item;
    }, 'none.whatWouldChange');

    // a policy's decision on a day without national advice has no national rule set
    const ruleSet = d.ruleSet;
    let ruleSetText = t('d.noRuleSet');
    if (ruleSet) {
      ruleSetText = t(ruleSet.validTo ? 'd.ruleSet' : 'd.ruleSetOpen',
        { id: ruleSet.id, title: ruleSet.title, from: dayDate(ruleSet.validFrom), to: dayDate(ruleSet.validTo) });
      // an auditor sees at once whether the advice of that day rests on a press report
      if (ruleSet.evidence) {
        ruleSetText += ' ' + t('d.evidence', { date: t('evidence.' + ruleSet.evidence.date),
          wording: t('evidence.' + ruleSet.evidence.wording) });
      }
    }
    if (d.policy) {
      ruleSetText += ' ' + t(d.policy.validTo ? 'd.policy' : 'd.policyOpen', { id: d.policy.version,
        title: d.policy.title, from: dayDate(d.policy.validFrom), to: dayDate(d.policy.validTo) });
    }
    $('ruleset').textContent = ruleSetText;
    const receipt = $('receipt');
    receipt.replaceChildren();
    for (const key of ['inputSha256', 'ruleSetFingerprint', 'policyFingerprint', 'libraryVersion']) {
      if (key in d.receipt && d.receipt[key] !== null) {
        receipt.append(el('dt', null, t('receipt.' + key)), el('dd', null, d.receipt[key]));
      }
    }
    article.hidden = false;
    if (article.getBoundingClientRect().top > window.innerHeight) {
      article.scrollIntoView({ block: 'start', behavior: 'smooth' });
    }
  }

  // ----- start -----

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    decide(readCase());
  });
  // an answer being corrected loses its mark; the others keep theirs until the next answer
  form.addEventListener('input', (event) => {
    const field = event.target.closest('.field');
    if (field && field.classList.contains('invalid')) {
      field.classList.remove('invalid');
      const error = field.querySelector(':scope > .field-error');
      if (error) error.hidden = true;
      event.target.removeAttribute('aria-invalid');
    }
  });
  // a date typed another way the page understands (1-3-2021, 2021-03-01) is shown back in the field's own order
  $('referenceDate').addEventListener('change', (event) => {
    const iso = isoDate(event.target.value);
    if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) event.target.value = dayDate(iso);
  });
  $('add-task').addEventListener('click', () => addTask().querySelector('.task-name').focus());
  $('new-case-id').addEventListener('click', newCaseId);
  document.querySelectorAll('.lang-switch button').forEach((b) => {
    b.addEventListener('click', () => setLanguage(b.dataset.lang));
  });

  addTask();
  newCaseId();
  setLanguage(new URLSearchParams(window.location.search).get('lang') || 'nl');
  // the employers' policies the portal was started with; without any, the choice is not shown
  fetch('/api/policies').then((r) => (r.ok ? r.json() : { policies: [] })).then((answer) => {
    const select = $('employerPolicy');
    (answer.policies || []).forEach((policy) => {
      const option = document.createElement('option');
      option.value = policy.id;
      option.textContent = policy.id + ' — ' + policy.title;
      select.appendChild(option);
    });
    $('policy-field').hidden = !(answer.policies || []).length;
  }).catch(() => { $('policy-field').hidden = true; });
})();
