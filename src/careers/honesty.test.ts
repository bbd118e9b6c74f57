// The honesty rule: wording of real job scams (fees to apply, training and equipment purchases, payment and bank
// details, the mailed check) is refused with the rule it breaks; the wording of real coding jobs that talks about
// money the other way round, or as the work itself, passes.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findMoneyAsk, type HonestyRule, sentencesOf } from './honesty.js';

const SCAMS: [HonestyRule, string][] = [
  ['fee', 'A one-time $75 application processing fee is required to be considered.'],
  ['fee', 'Pay the $49 registration fee to reserve your interview slot.'],
  ['fee', 'No experience needed — just pay the $50 application fee and start this week!'],
  ['fee', "There's no application fee, but a $65 background check fee is due before your start date."],
  ['fee', 'Application fee: $35 (non-refundable).'],
  ['fee', 'Candidates must pay a refundable deposit of $150 for the company laptop.'],
  ['fee', 'New hires will need to send a $99 onboarding payment before training begins.'],
  ['fee', 'Send $30 to secure your spot in the next hiring class.'],
  ['fee', 'A $200 deposit is required to hold the position.'],
  ['fee', 'Applicants must first pay for the coding assessment.'],
  ['purchase', 'Applicants must purchase our Medical Coding Certification Program before onboarding.'],
  ['purchase', 'Mandatory training costs $250, payable before your first day.'],
  ['purchase', 'You will need to buy the starter kit and software license from our partner store.'],
  ['purchase', 'Trainees are required to pay for the certification course ($399).'],
  ['payment-details', 'To complete your application, send your bank account and routing number.'],
  ['payment-details', 'Please provide your credit card details so we can run the background check.'],
  ['payment-details', 'Your credit card will be charged $30 for the skills test.'],
  ['payment-details', 'The processing fee can be paid via Zelle or with gift cards.'],
  ['fake-check', 'We will mail you a check to purchase your home office equipment from our approved vendor.'],
  ['fake-check', 'Deposit the check and send the rest back to our IT supplier.'],
];

const LEGITIMATE = [
  'We pay for your CEUs and your AAPC membership.',
  'Reimbursement Specialist',
  'Experience with payer reimbursement, fee schedules and the Medicare Physician Fee Schedule.',
  'Payment posting and denial management experience a plus.',
  'There is no fee to apply. CodeDesk employers never ask applicants for payment.',
  'We reimburse the CPC exam fee after 90 days.',
  'Certification fees are covered by the company.',
  'AAPC membership fees reimbursed.',
  'Direct deposit to your bank account every two weeks, and a 401(k) with match.',
  'Company-paid training on Epic and 3M.',
  'Pay $24–$30 per hour, depending on credentials.',
  'Pay: $52,000 to $60,000 a year.',
  'We pay $60,000–$70,000 a year plus a productivity bonus.',
  'You must pay close attention to detail and meet 95% accuracy.',
  'You will be paid every other Friday.',
  'You will never pay to apply for a job on this site.',
  'Post patient payments received by credit card and PayPal to the ledger.',
  'Credit card payment processing experience required.',
  'Knowledge of pro-fee and facility coding, including professional fee and facility fee charges.',
  'Training is provided at no cost; equipment is shipped to you by our IT team.',
  'Review claims for fee-for-service and capitation contracts.',
  'Code outpatient surgery, then send claims to the billing team.',
  'Candidates should buy into our culture of accuracy and learning.',
  'Work with the bank reconciliation team on credit balances.',
];

describe('findMoneyAsk', () => {
  for (const [rule, text] of SCAMS) {
    test(`refuses (${rule}): ${text}`, () => {
      const found = findMoneyAsk(text);
      assert.ok(found, 'refused');
      assert.equal(found.rule, rule);
    });
  }
  for (const text of LEGITIMATE) {
    test(`passes: ${text}`, () => {
      assert.equal(findMoneyAsk(text), undefined);
    });
  }

  test('a scam sentence inside a long, otherwise ordinary Markdown description is found and quoted', () => {
    const description = [
      '## About the role',
      '',
      'We are hiring a remote **outpatient coder** (CPC or CCS) for our cardiology group. We pay for your CEUs.',
      '',
      '- Code E/M and procedures',
      '- *Before your interview*, pay the $40 registration fee through our portal.',
    ].join('\n');
    const found = findMoneyAsk(description);
    assert.equal(found?.rule, 'fee');
    assert.equal(found?.quote, 'before your interview, pay the $40 registration fee through our portal.');
  });

  test("a screening question asking for the applicant's bank or card details is refused; one about the work is not", () => {
    assert.equal(findMoneyAsk('What is your bank routing number?', { question: true })?.rule, 'payment-details');
    assert.equal(findMoneyAsk('Your debit card number (for payroll)?', { question: true })?.rule, 'payment-details');
    assert.equal(findMoneyAsk('Have you posted credit card payments before?', { question: true }), undefined);
    assert.equal(findMoneyAsk('How many years have you coded for commercial payers?', { question: true }), undefined);
  });

  test('sentences split on stops and lines, with list marks and emphasis dropped', () => {
    assert.deepEqual(sentencesOf('**One.** Two!\n- three\n1. four'), ['one.', 'two!', 'three', 'four']);
  });
});
