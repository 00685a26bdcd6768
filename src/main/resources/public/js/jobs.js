/*
 * The jobs of the page and the files each takes: what differs between them is data here, the rest
 * of the page reads it. FILE_ZONES is the one table the drop zones are drawn from (zones.js), the
 * forms are filled from (api.js) and the build hints name (single.js).
 */

/* Accepted file types (the file input's accept attribute). */
const EXPORTS = ['.csv', '.txt', '.tsv', '.xlsx', '.xls', '.htm', '.html', '.xml'];
const STATEMENTS = ['.xml', '.bai', '.bai2', '.sta', '.mt940', '.940', '.txt', '.dat', '.csv', '.tsv', '.xlsx', '.xls'];
const JSON_FILE = ['.json', 'application/json'];

/*
 * A zone: key (its element ids KEY-zone, KEY-input, KEY-choose, ...; the key in the page's state),
 * field (the multipart field the file goes in), title, hint, accept, and:
 * - large: the file a job starts from (always needed), drawn as the big drop zone of its card;
 * - multiple: takes several files at once;
 * - required: a further file the job cannot build without (the others are optional);
 * - format: said after "optional" when it is not an export ("JSON");
 * - noun: how the hints name it, when not the title in lower case.
 */

/** The month-end pack: every export of the month at once, each recognised by its content. */
export const PACK_FILES = {
  key: 'pack', field: 'files', large: true, multiple: true,
  title: 'Drop this month\u2019s exports here',
  titleWithFiles: 'Drop more exports here',
  hint: 'The open items at the as-of date, plus whatever else you have: invoice history, write-offs, general ledger, ' +
    'bank statement, remittance advice, customer master, last month\u2019s worklist. Each file is recognised by its content.',
  accept: [...EXPORTS, '.bai', '.bai2', '.sta', '.mt940', '.940', '.dat']
};

/** The open items, the file every single job starts from. */
export const OPEN_ITEMS = {
  key: 'file', field: 'file', large: true,
  title: 'Drop an open-items export here',
  hint: 'CSV, TXT, XLSX, XLS, HTML or XML export from NetSuite, SAP, QuickBooks, Dynamics, Xero, Odoo, Sage, ERPNext\u2026',
  replaceHint: 'Drop another export here to replace it.',
  accept: EXPORTS
};

/** Job -> its drop zones; heading and note title a job's group of further files. */
export const FILE_ZONES = {
  pack: { zones: [PACK_FILES] },
  aging: { zones: [OPEN_ITEMS] },
  dunning: {
    heading: 'For the dunning worklist', note: 'all optional',
    zones: [OPEN_ITEMS,
      { key: 'customers', field: 'customers', title: 'Customer master', accept: EXPORTS,
        hint: 'Contacts, e-mail, language, credit limit, dunning block. CSV or XLSX from the ERP or CRM.' },
      { key: 'previous', field: 'previous', title: 'Previous worklist', accept: ['.xlsx'],
        hint: 'Last run\u2019s workbook as your collectors edited it: its contact log, promises, payment plans, disputes and notes carry forward.' },
      { key: 'plans', field: 'plans', title: 'Payment plans', accept: EXPORTS,
        hint: 'Instalments agreed with customers: Customer ID, Currency, Agreed on, Instalment, Due date, Amount. Or type them on the worklist\u2019s Payment plans sheet.' },
      { key: 'policy', field: 'policy', title: 'Dunning policy', format: 'JSON', accept: JSON_FILE,
        hint: 'Levels, grace days, minimum amounts, fees, interest. Default: the built-in policy.' }]
  },
  recon: {
    heading: 'For the reconciliation', note: 'general ledger required',
    zones: [OPEN_ITEMS,
      { key: 'gl', field: 'gl', title: 'General ledger export', required: true, accept: EXPORTS,
        hint: 'Trial balance or AR control account detail lines (CSV, XLSX, XLS, HTML/XML).' },
      { key: 'register', field: 'register', title: 'Transaction register', accept: EXPORTS,
        hint: 'Invoices, receipts, credits, write-offs of the period; with the prior period it builds the roll-forward.' },
      { key: 'prior', field: 'prior', title: 'Prior period open items', accept: EXPORTS,
        hint: 'The opening balance of the roll-forward.' }]
  },
  cashapp: {
    heading: 'For the cash application', note: 'payments required',
    zones: [OPEN_ITEMS,
      { key: 'payments', field: 'payments', title: 'Payments', noun: 'payments file', required: true, accept: STATEMENTS,
        hint: 'Bank statement camt.053 / camt.054 XML, MT940, BAI2 / lockbox, PayPal activity or bank CSV/XLSX export.' },
      { key: 'remittances', field: 'remittances', title: 'Remittance advice', accept: EXPORTS,
        hint: 'Payment reference, invoice number, amount paid, deduction. CSV or XLSX.' },
      { key: 'cacustomers', field: 'customers', title: 'Customer master', accept: EXPORTS,
        hint: 'Bank accounts (IBAN) identify who paid. CSV or XLSX from the ERP or CRM.' },
      { key: 'rules', field: 'rules', title: 'Rules', format: 'JSON', accept: JSON_FILE,
        hint: 'Tolerances, deduction reason codes, bank and GL account, unapplied-cash target. Default: the built-in rules.' },
      { key: 'caprevious', field: 'previous', title: 'Reviewed cash application', accept: ['.xlsx'],
        noun: 'reviewed cash application',
        hint: 'The workbook this tool wrote, with Accept or Reject chosen on Review: accepted rows are applied, ' +
          'rejected ones go back to Unapplied, notes are kept, and nothing is applied twice.' }]
  },
  statements: {
    heading: 'For the customer statements', note: 'all optional',
    zones: [OPEN_ITEMS,
      { key: 'stcustomers', field: 'customers', title: 'Customer master', accept: EXPORTS,
        hint: 'Contact, e-mail and language for each statement and the mail-merge list. CSV or XLSX from the ERP or CRM.' },
      { key: 'sthistory', field: 'history', title: 'Invoice history', accept: EXPORTS,
        hint: 'Invoices with date, amount and paid date: adds the month\u2019s activity (opening balance, invoices, payments, credits, closing balance).' }]
  },
  confirmations: {
    heading: 'For the balance confirmations', note: 'all optional',
    zones: [OPEN_ITEMS,
      { key: 'cfhistory', field: 'history', title: 'Invoice history', accept: EXPORTS,
        hint: 'Invoices with date, amount and paid date: the receipts after the as-of date, the evidence for balances with no reply.' },
      { key: 'cfprevious', field: 'previous', title: 'Previous confirmations', accept: ['.xlsx'],
        noun: 'previous confirmations workbook',
        hint: 'The confirmations workbook this tool wrote, with Reply, Amount confirmed and Notes typed in: they carry forward.' }]
  },
  allowance: {
    heading: 'For the allowance for doubtful accounts', note: 'invoice history required',
    zones: [OPEN_ITEMS,
      { key: 'alhistory', field: 'history', title: 'Invoice history', required: true, accept: EXPORTS,
        hint: 'Invoices with date, due date, amount and paid date, over at least a year: the month-end balances the loss rates come from.' },
      { key: 'alwriteoffs', field: 'writeOffs', title: 'Write-offs', accept: EXPORTS,
        hint: 'The bad debts written off (customer, date, amount); needed unless the history holds them.' },
      { key: 'altb', field: 'gl', title: 'Trial balance', noun: 'trial balance', accept: EXPORTS,
        hint: 'With the allowance account: the provision is compared with it and the adjusting entry proposed.' },
      { key: 'alprevious', field: 'previous', title: 'Previous allowance', accept: ['.xlsx'],
        noun: 'previous allowance workbook',
        hint: 'The allowance workbook this tool wrote, with the outlook % and specific provisions typed in: they carry forward.' }]
  }
};

/** How the hints name a zone's file: "the general ledger export". */
export const zoneNoun = (zone) => zone.noun ?? zone.title.toLowerCase();

/** The further files of a single job, beside its open items. */
export const extrasOf = (job) => FILE_ZONES[job].zones.filter((z) => !z.large);

/*
 * The single jobs (the job switch of "One job at a time"). params: the job's own form fields, sent
 * with the build and part of what marks a result stale; errors: the 415/422 messages when the
 * server gives none, since any of the job's files may be the one refused.
 */
export const JOBS = {
  aging: {
    endpoint: '/api/aging',
    fallbackName: 'aging.xlsx',
    buildLabel: 'Build aging workbook',
    building: 'Building the aging workbook for ',
    noun: 'Workbook',
    params: ['basis', 'buckets']
  },
  dunning: {
    endpoint: '/api/dunning',
    fallbackName: 'dunning.xlsx',
    buildLabel: 'Build dunning worklist',
    building: 'Building the dunning worklist for ',
    noun: 'Worklist',
    asOfHelp: 'as-of-help',
    params: [],
    errors: {
      415: ['Not a supported file', 'One of the files is not in a format this job reads: the export and customer master as CSV, TXT, XLSX, XLS, HTML or XML, the previous worklist as XLSX, the policy as JSON.'],
      422: ['Files understood but unusable', 'The files were read, but the worklist could not be built from them.']
    }
  },
  recon: {
    endpoint: '/api/recon',
    fallbackName: 'reconciliation.xlsx',
    buildLabel: 'Build reconciliation',
    building: 'Building the reconciliation for ',
    noun: 'Reconciliation',
    asOfHelp: 'as-of-help-recon',
    params: ['glAccounts', 'materiality'],
    errors: {
      415: ['Not a supported file', 'One of the files is not in a format this job reads: the open items, general ledger, register and prior period as CSV, TXT, XLSX, XLS, HTML or XML.'],
      422: ['Files understood but unusable', 'The files were read, but the reconciliation could not be built from them.']
    }
  },
  cashapp: {
    endpoint: '/api/cashapp',
    fallbackName: 'cash-application.xlsx',
    buildLabel: 'Apply cash',
    building: 'Applying the payments to the open items of ',
    noun: 'Cash application',
    asOfHelp: 'as-of-help-cashapp',
    params: [],
    errors: {
      415: ['Not a supported file', 'One of the files is not in a format this job reads: the open items and customer master as CSV, TXT, XLSX, XLS, HTML or XML, the payments as camt.053/054 XML, MT940, BAI2 / lockbox, PayPal or bank CSV, or XLSX, the rules as JSON, the reviewed cash application as XLSX.'],
      422: ['Files understood but unusable', 'The files were read, but the payments could not be applied to the open items.']
    }
  }
};

/* Statements: the workbook; the PDFs come from the command line (--pdf) or the API (pdf=zip). */
JOBS.statements = {
  endpoint: '/api/statements',
  fallbackName: 'statements.xlsx',
  buildLabel: 'Build statements',
  building: 'Building the customer statements for ',
  noun: 'Statements',
  asOfHelp: 'as-of-help-statements',
  params: [],
  errors: {
    415: ['Not a supported file', 'One of the files is not in a format this job reads: the open items, customer master and invoice history as CSV, TXT, XLSX, XLS, HTML or XML.'],
    422: ['Files understood but unusable', 'The files were read, but the statements could not be built from them.']
  }
};

/*
 * A job's own form fields, drawn by fields.js into each placeholder <div data-fields="JOB"> (the single-job
 * card; the pack card's with data-prefix="pack-"): name (the API's form field, as JOBS' params), id (the element
 * id after the prefix), label, help, and the input's inputmode and placeholder, or choices for a select
 * ([value, text, selected]); optional: said after the label.
 */
export const FIELDS = {
  confirmations: [
    { name: 'keyItems', id: 'key-items', label: 'Key-item threshold', inputmode: 'decimal', placeholder: 'e.g. 50000',
      help: 'Every balance of this amount or more (in its own currency) is confirmed.' },
    { name: 'tolerable', id: 'tolerable', label: 'Tolerable misstatement', inputmode: 'decimal', placeholder: 'e.g. 25000',
      help: 'The monetary-unit sample of the other balances is sized for it, per currency.' },
    { name: 'confidence', id: 'confidence', label: 'Confidence',
      choices: [['99', '99 %'], ['95', '95 %', true], ['90', '90 %'], ['80', '80 %']] },
    { name: 'seed', id: 'seed', label: 'Seed', optional: true, inputmode: 'numeric', placeholder: '20261203',
      help: 'The same seed gives the same sample; it is stated on the Sample sheet.' },
    { name: 'sampling', id: 'sampling', label: 'Sampling',
      choices: [['mus', 'Monetary-unit sample', true], ['stratified', 'Stratified sample (3 strata)']],
      help: 'Below the key-item threshold: monetary units, or three strata of equal book value drawn at random.' }
  ],
  allowance: [
    { name: 'method', id: 'method', label: 'Loss rates by',
      choices: [['loss-rate', 'Loss-rate method', true], ['roll-rate', 'Roll-rate method']],
      help: 'Both are shown on the Provision matrix; the provision uses this one.' },
    { name: 'outcomeMonths', id: 'outcome-months', label: 'Outcome window (months)', optional: true,
      inputmode: 'numeric', placeholder: '6',
      help: 'How long after each month end its balances are followed for write-offs. Empty: 6.' },
    { name: 'allowanceAccount', id: 'allowance-account', label: 'Allowance account', optional: true,
      placeholder: 'e.g. 1210',
      help: 'On the trial balance. Empty: recognised by its name (Allowance for Doubtful Accounts, Wertberichtigung\u2026).' }
  ]
};

/* Balance confirmations: key items and a monetary-unit sample per currency from a stated seed. */
JOBS.confirmations = {
  endpoint: '/api/confirmations',
  fallbackName: 'confirmations.xlsx',
  buildLabel: 'Build confirmations',
  building: 'Selecting the balances to confirm for ',
  noun: 'Confirmations',
  asOfHelp: 'as-of-help-confirmations',
  params: FIELDS.confirmations.map((f) => f.name),
  errors: {
    415: ['Not a supported file', 'One of the files is not in a format this job reads: the open items and invoice history as CSV, TXT, XLSX, XLS, HTML or XML, the previous confirmations as XLSX.'],
    422: ['Files understood but unusable', 'The files were read, but the confirmations could not be built from them.']
  }
};

/* The allowance for doubtful accounts: the provision matrix from the history and the write-offs. */
JOBS.allowance = {
  endpoint: '/api/allowance',
  fallbackName: 'allowance.xlsx',
  buildLabel: 'Build allowance',
  building: 'Measuring loss rates and the provision for ',
  noun: 'Allowance',
  asOfHelp: 'as-of-help-allowance',
  params: FIELDS.allowance.map((f) => f.name),
  errors: {
    415: ['Not a supported file', 'One of the files is not in a format this job reads: the open items, invoice history, write-offs and trial balance as CSV, TXT, XLSX, XLS, HTML or XML, the previous allowance as XLSX.'],
    422: ['Files understood but unusable', 'The files were read, but the allowance could not be built from them.']
  }
};

/**
 * The month-end pack, the page's main job. fields: the FIELDS of the sections its parameters add (the balance
 * confirmations); which of them must all be filled comes from /api/health (packSections[].params).
 */
export const PACK = {
  endpoint: '/api/pack',
  fallbackName: 'month-end-pack.xlsx',
  fields: FIELDS.confirmations,
  errors: {
    415: ['Not a supported file', 'One of the files is not in a format the pack reads: CSV, TXT, XLSX, XLS, HTML or XML exports, camt.053/054 XML, MT940 or BAI2 bank statements.'],
    422: ['Files understood but unusable', 'The files were read, but the month-end pack could not be built from them.']
  }
};
