// The page of an employee's request to work elsewhere (Wet flexibel werken, art. 2 and 2a). It reads the form into
// the contract's request JSON, posts it to /api/assessments with the language in the URL and the request in the
// body, and shows the assessment: the status, the deadline counting down as of asOf, each reason, duty and defect
// with its article and paragraph. Nothing of the request is kept, logged or put in the page's address.
(function () {
  'use strict';

  const TEXTS = {
    nl: {
      title: 'Verzoek om elders te werken',
      subtitle: 'Wet flexibel werken, artikel 2 en 2a: staat, termijn en plichten van de werkgever',
      optional: '(optioneel)',
      'r.heading': 'Het verzoek',
      'r.id': 'Kenmerk van het verzoek',
      'r.submittedOn': 'Ingediend op',
      'r.intendedStart': 'Beoogde ingangsdatum',
      'r.until': 'Tot en met',
      'r.asOf': 'Beoordelen per (vandaag)',
      'r.desiredWorkplace': 'Gewenste arbeidsplaats',
      'r.inWriting': 'Het verzoek is schriftelijk ingediend',
      'r.unforeseen': 'Het verzoek berust op onvoorziene omstandigheden',
      'r.previousDecisionOn': 'Beslissing op het vorige verzoek op',
      'e.heading': 'De werknemer',
      'e.hint': 'Periodes in dienst, oudste eerst; laat «tot» leeg voor de lopende periode.',
      'e.add': 'Periode toevoegen',
      'e.remove': 'Periode verwijderen',
      'e.from': 'Van',
      'e.to': 'Tot en met',
      'e.art2a': 'Omstandigheden van artikel 2a',
      'e.parent': 'Ouder van een kind jonger dan acht jaar',
      'e.caregiver': 'Mantelzorger',
      'w.heading': 'De werkgever',
      'w.employees': 'Aantal werknemers',
      'w.deviating': 'Een cao of regeling wijkt af van artikel 2',
      'w.decided': 'De werkgever heeft beslist',
      'w.decidedOn': 'Beslist op',
      'w.outcome': 'Beslissing',
      'w.decisionInWriting': 'Schriftelijk meegedeeld',
      'w.reasonsGiven': 'Met schriftelijke redenen',
      'w.consulted': 'Na overleg met de werknemer',
      'outcome.GRANTED': 'Ingewilligd',
      'outcome.GRANTED_OTHERWISE': 'Anders vastgesteld dan gevraagd',
      'outcome.REFUSED': 'Afgewezen',
      submit: 'Verzoek beoordelen',
      toCases: 'Naar het thuiswerkadvies',
      empty: 'Vul het verzoek in en vraag de beoordeling.',
      'a.reasons': 'Waarom, en de plichten van de werkgever',
      'a.defects': 'Gebreken van de beslissing',
      'a.noDefects': 'Geen gebreken.',
      'a.dates': 'Data die ertoe doen',
      'a.assumptions': 'Aannames',
      'a.noAssumptions': 'Geen aannames.',
      'a.disclaimer': 'De werkgever moet een verzoek om een andere arbeidsplaats overwegen, niet inwilligen; de Wet werken waar je wilt werd op 26 september 2023 verworpen.',
      'a.deadline': 'De werkgever beslist uiterlijk {date}.',
      'a.noDeadline': 'De wet stelt hier geen termijn.',
      'a.daysLeft': 'Nog {n} dagen per {asOf}.',
      'a.dayLeft': 'Nog 1 dag per {asOf}.',
      'a.lastDay': 'Vandaag ({asOf}) is de laatste dag.',
      'a.passed': 'De termijn is {n} dagen voorbij per {asOf}.',
      'a.ruleset': 'Beoordeeld met regelset {id} («{title}»), geldig vanaf {from}{to}.',
      'a.open': ', zonder einddatum',
      'a.until': ' tot en met {to}',
      'status.NOT_APPLICABLE': 'Artikel 2 is niet van toepassing',
      'status.DEVIATING_ARRANGEMENT': 'Een afwijkende regeling beslist',
      'status.NOT_A_STATUTORY_REQUEST': 'Geen verzoek volgens artikel 2',
      'status.PENDING': 'Beslissing nog te nemen',
      'status.DECIDED': 'Op tijd beslist',
      'status.GRANTED_BY_LAW': 'Van rechtswege ingewilligd',
      'error.title': 'Het verzoek kan niet beoordeeld worden',
      'error.network': 'De portal is niet bereikbaar.',
      'error.date': 'moet een datum zijn als jjjj-mm-dd',
      'error.number': 'moet een geheel getal zijn'
    },
    en: {
      title: 'Request to work elsewhere',
      subtitle: 'Wet flexibel werken, articles 2 and 2a: status, deadline and the employer\u2019s duties',
      optional: '(optional)',
      'r.heading': 'The request',
      'r.id': 'Reference of the request',
      'r.submittedOn': 'Submitted on',
      'r.intendedStart': 'Intended start',
      'r.until': 'Until',
      'r.asOf': 'Assess as of (today)',
      'r.desiredWorkplace': 'Desired place of work',
      'r.inWriting': 'The request was made in writing',
      'r.unforeseen': 'The request rests on unforeseen circumstances',
      'r.previousDecisionOn': 'Decision on the previous request on',
      'e.heading': 'The employee',
      'e.hint': 'Periods of employment, oldest first; leave «to» empty for the current one.',
      'e.add': 'Add a period',
      'e.remove': 'Remove this period',
      'e.from': 'From',
      'e.to': 'To',
      'e.art2a': 'Circumstances of article 2a',
      'e.parent': 'Parent of a child under eight',
      'e.caregiver': 'Carer for someone ill or in need of care',
      'w.heading': 'The employer',
      'w.employees': 'Number of employees',
      'w.deviating': 'A collective agreement or arrangement deviates from article 2',
      'w.decided': 'The employer has decided',
      'w.decidedOn': 'Decided on',
      'w.outcome': 'Decision',
      'w.decisionInWriting': 'Given in writing',
      'w.reasonsGiven': 'With written reasons',
      'w.consulted': 'After consulting the employee',
      'outcome.GRANTED': 'Granted',
      'outcome.GRANTED_OTHERWISE': 'Set otherwise than asked',
      'outcome.REFUSED': 'Refused',
      submit: 'Assess the request',
      toCases: 'To the home-working advice',
      empty: 'Fill in the request and ask for its assessment.',
      'a.reasons': 'Why, and the employer\u2019s duties',
      'a.defects': 'Defects of the decision',
      'a.noDefects': 'No defects.',
      'a.dates': 'Dates that matter',
      'a.assumptions': 'Assumptions',
      'a.noAssumptions': 'No assumptions.',
      'a.disclaimer': 'The employer must consider a request for another place of work, not grant it; the Wet werken waar je wilt was rejected on 26 September 2023.',
      'a.deadline': 'The employer decides no later than {date}.',
      'a.noDeadline': 'The law sets no deadline here.',
      'a.daysLeft': '{n} days left as of {asOf}.',
      'a.dayLeft': '1 day left as of {asOf}.',
      'a.lastDay': 'Today ({asOf}) is the last day.',
      'a.passed': 'The deadline passed {n} days ago as of {asOf}.',
      'a.ruleset': 'Assessed under rule set {id} («{title}»), in force from {from}{to}.',
      'a.open': ', without an end',
      'a.until': ' to {to}',
      'status.NOT_APPLICABLE': 'Article 2 does not apply',
      'status.DEVIATING_ARRANGEMENT': 'A deviating arrangement decides',
      'status.NOT_A_STATUTORY_REQUEST': 'Not a request under article 2',
      'status.PENDING': 'Decision due',
      'status.DECIDED': 'Decided in time',
      'status.GRANTED_BY_LAW': 'Granted by law',
      'error.title': 'The request cannot be assessed',
      'error.network': 'The portal cannot be reached.',
      'error.date': 'must be a date as yyyy-mm-dd',
      'error.number': 'must be a whole number'
    }
  };

  let lang = 'nl';
  let lastRequest = null;

  function t(key, values) {
    let text = TEXTS[lang][key] ?? TEXTS.en[key] ?? key;
    for (const [name, value] of Object.entries(values || {})) {
      text = text.split('{' + name + '}').join(String(value));
    }
    return text;
  }

  function applyTexts(root) {
    root.querySelectorAll('[data-i18n]').forEach((e) => { e.textContent = t(e.dataset.i18n); });
    root.querySelectorAll('[data-i18n-label]').forEach((e) => { e.setAttribute('aria-label', t(e.dataset.i18nLabel)); });
  }

  function setLanguage(next) {
    lang = TEXTS[next] ? next : 'nl';
    document.documentElement.lang = lang;
    document.title = t('title');
    applyTexts(document);
    document.querySelectorAll('.lang-switch button').forEach((b) => {
      b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
    });
    const url = new URL(window.location.href);
    url.search = '?lang=' + lang;
    window.history.replaceState(null, '', url);
    if (lastRequest) {
      assess(lastRequest);
    }
  }

  function addPeriod(from, to) {
    const row = document.getElementById('period-template').content.firstElementChild.cloneNode(true);
    applyTexts(row);
    row.querySelector('.period-from').value = from || '';
    row.querySelector('.period-to').value = to || '';
    row.querySelector('.remove-task').addEventListener('click', () => {
      if (document.querySelectorAll('[data-period-row]').length > 1) {
        row.remove();
      }
    });
    document.getElementById('periods').appendChild(row);
  }

  function value(id) {
    return document.getElementById(id).value.trim();
  }

  function checked(id) {
    return document.getElementById(id).checked;
  }

  // the text as typed when it is not a date: the library then names the path and the problem
  function dateOrNull(text) {
    return text === '' ? null : text;
  }

  function readRequest() {
    const employees = value('employees');
    const request = {
      requestId: value('requestId'),
      submittedOn: dateOrNull(value('submittedOn')),
      inWriting: checked('inWriting'),
      intendedStart: dateOrNull(value('intendedStart')),
      until: dateOrNull(value('until')),
      desiredWorkplace: value('desiredWorkplace'),
      unforeseenCircumstances: checked('unforeseen'),
      employee: {
        employment: Array.from(document.querySelectorAll('[data-period-row]')).map((row) => ({
          from: dateOrNull(row.querySelector('.period-from').value.trim()),
          to: dateOrNull(row.querySelector('.period-to').value.trim())
        })),
        parentOfChildUnder8: checked('parent'),
        caregiver: checked('caregiver')
      },
      employer: {
        employees: /^[0-9]+$/.test(employees) ? Number(employees) : employees,
        deviatingArrangement: checked('deviating')
      },
      previousDecisionOn: dateOrNull(value('previousDecisionOn')),
      asOf: dateOrNull(value('asOf'))
    };
    if (checked('decided')) {
      request.decision = {
        decidedOn: dateOrNull(value('decidedOn')),
        inWriting: checked('decisionInWriting'),
        outcome: document.getElementById('outcome').value,
        reasonsGiven: checked('reasonsGiven'),
        consulted: checked('consulted')
      };
    }
    return request;
  }

  async function assess(request) {
    lastRequest = request;
    let response;
    try {
      // the language is the only thing in the URL; the request, its circumstances and all, is the body
      response = await fetch('/api/assessments?lang=' + lang, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(request)
      });
    } catch (e) {
      showError({ error: { message: t('error.network'), problems: [] } });
      return;
    }
    const body = await response.json();
    if (response.ok) {
      showAssessment(body);
    } else {
      showError(body);
    }
  }

  function clearErrors() {
    document.querySelectorAll('.field-error').forEach((e) => { e.hidden = true; e.textContent = ''; });
    document.querySelectorAll('.field.invalid').forEach((e) => e.classList.remove('invalid'));
  }

  function fieldFor(path) {
    const period = /^employee\.employment\[(\d+)\]\.(from|to)$/.exec(path);
    if (period) {
      const row = document.querySelectorAll('[data-period-row]')[Number(period[1])];
      return row ? row.querySelector('[data-part="' + period[2] + '"]') : null;
    }
    return document.querySelector('.field[data-path="' + path + '"]');
  }

  function showError(body) {
    clearErrors();
    document.getElementById('assessment').hidden = true;
    document.getElementById('result-empty').hidden = true;
    const summary = document.getElementById('error-summary');
    summary.hidden = false;
    document.getElementById('error-title').textContent = t('error.title');
    const error = body.error || {};
    document.getElementById('error-message').textContent = error.message || '';
    const list = document.getElementById('error-problems');
    list.textContent = '';
    for (const p of error.problems || []) {
      const item = document.createElement('li');
      item.dataset.path = p.path;
      item.textContent = (p.path ? p.path + ' ' : '') + p.message;
      list.appendChild(item);
      const field = fieldFor(p.path);
      if (field) {
        field.classList.add('invalid');
        const message = field.querySelector('.field-error');
        message.hidden = false;
        message.textContent = p.message;
      }
    }
  }

  function el(tag, className, text) {
    const e = document.createElement(tag);
    if (className) {
      e.className = className;
    }
    if (text !== undefined) {
      e.textContent = text;
    }
    return e;
  }

  function finding(r) {
    const item = el('li');
    item.dataset.code = r.code;
    item.appendChild(el('span', 'code', r.code));
    item.appendChild(el('p', 'text', r.text));
    const s = r.source;
    const cite = el('p', 'source');
    const link = el('a', null, s.law + ', art. ' + s.article + (s.lid ? ' lid ' + s.lid : ''));
    link.href = s.url;
    link.rel = 'noreferrer';
    cite.appendChild(link);
    item.appendChild(cite);
    item.appendChild(el('blockquote', 'quote', s.quote));
    return item;
  }

  function days(from, to) {
    return Math.round((Date.parse(to + 'T00:00:00Z') - Date.parse(from + 'T00:00:00Z')) / 86400000);
  }

  function showAssessment(a) {
    clearErrors();
    document.getElementById('error-summary').hidden = true;
    document.getElementById('result-empty').hidden = true;
    document.getElementById('assessment').hidden = false;
    document.getElementById('status-code').textContent = a.status;
    document.getElementById('status').textContent = t('status.' + a.status);
    const asOf = lastRequest.asOf;
    document.getElementById('deadline').textContent = a.decisionDeadline
      ? t('a.deadline', { date: a.decisionDeadline }) : t('a.noDeadline');
    const countdown = document.getElementById('countdown');
    countdown.textContent = '';
    if (a.decisionDeadline && (a.status === 'PENDING' || a.status === 'GRANTED_BY_LAW') && !lastRequest.decision) {
      const left = days(asOf, a.decisionDeadline);
      countdown.textContent = left > 1 ? t('a.daysLeft', { n: left, asOf: asOf })
        : left === 1 ? t('a.dayLeft', { asOf: asOf })
          : left === 0 ? t('a.lastDay', { asOf: asOf }) : t('a.passed', { n: -left, asOf: asOf });
    }
    const reasons = document.getElementById('reasons');
    reasons.textContent = '';
    a.reasons.forEach((r) => reasons.appendChild(finding(r)));
    const defects = document.getElementById('defects');
    defects.textContent = '';
    a.defects.forEach((r) => defects.appendChild(finding(r)));
    if (a.defects.length === 0) {
      defects.appendChild(el('li', 'none', t('a.noDefects')));
    }
    const dates = document.getElementById('dates');
    dates.textContent = '';
    a.whatWouldChange.forEach((k) => {
      const item = el('li', null, k.text);
      item.dataset.kind = k.kind;
      dates.appendChild(item);
    });
    const assumptions = document.getElementById('assumptions');
    assumptions.textContent = '';
    a.assumptions.forEach((x) => assumptions.appendChild(el('li', null, x.text)));
    if (a.assumptions.length === 0) {
      assumptions.appendChild(el('li', 'none', t('a.noAssumptions')));
    }
    const rs = a.ruleSet;
    document.getElementById('ruleset').textContent = t('a.ruleset', {
      id: rs.id, title: rs.title, from: rs.validFrom,
      to: rs.validTo ? t('a.until', { to: rs.validTo }) : t('a.open')
    });
  }

  document.getElementById('add-period').addEventListener('click', () => addPeriod());
  document.getElementById('decided').addEventListener('change', () => {
    document.getElementById('decision-fields').hidden = !checked('decided');
  });
  document.getElementById('request-form').addEventListener('submit', (event) => {
    event.preventDefault();
    assess(readRequest());
  });
  document.querySelectorAll('.lang-switch button').forEach((b) => {
    b.addEventListener('click', () => setLanguage(b.dataset.lang));
  });

  const today = new Date().toISOString().slice(0, 10);
  document.getElementById('asOf').value = today;
  document.getElementById('submittedOn').value = today;
  document.getElementById('requestId').value = 'request-' + today;
  addPeriod();
  setLanguage(new URLSearchParams(window.location.search).get('lang') || 'nl');
}());
