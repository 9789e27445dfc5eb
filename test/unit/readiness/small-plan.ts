/** A small plan whose readiness figures are worked out by hand in the tests. */
import { parse } from 'yaml';
import type { Plan } from '../../../src/model/index.js';

/** The plan's YAML; `title` lets a test put hostile text in it. */
export function smallPlanText(title = 'Small plan'): string {
  return `
yuan: 1
kind: plan
id: small
title: ${JSON.stringify(title)}
hazard: { category: public-health }
scope: { name: Town, population: 1000, households: 400, sites: { gate: 3 } }
review: { last: 2025-01-15, every_months: 12 }
drill: { every_months: 6 }
levels: { i: { title: I }, ii: { title: II } }
roles:
  chief: { title: Chief, function: command, count: 1, authority: [go] }
  deputy-chief: { title: Deputy, function: command, count: 1, deputy: chief, authority: all }
  crew: { title: Crew, function: logistics, count: 10 }
  nurse: { title: Nurse, function: medical, count: 2 }
resources:
  mask:
    title: Mask
    unit: pcs
    stock: 500
    demand:
      - { rate: 2, per: crew, daily: true, during: [alert, act] }
      - { rate: 0.1, per: resident, during: [act] }
  cot:
    title: ${JSON.stringify(`${title} cot`)}
    stock: 5
    demand: [{ rate: 1, per: gate, during: [response] }]
  water:
    title: Water
    unit: L
    stock: 100
    demand: [{ rate: 3, per: household, daily: true, during: [act] }]
stages:
  idle:
    title: Idle
    phase: preparation
    initial: true
    on: { alarm: alert }
  alert:
    title: Alert
    phase: warning
    expect_duration: 2d
    tasks:
      - { id: report-up, title: Report, owner: nurse, kind: report, within: 3h }
    decisions:
      - id: go
        title: Go?
        owner: chief
        within: 1h
        options: [{ id: yes, title: Yes, goto: act }]
    on: { calm: idle }
  act:
    title: Act
    phase: response
    level: i
    expect_duration: 10d
    tasks:
      - { id: set-up, title: Set up, owner: crew, kind: logistics, uses: { cot: 4 } }
    decisions:
      - { id: ask, title: Ask, owner: crew, within: 30m, options: [{ id: a, title: A }] }
      - { id: route, title: Route, owner: crew, within: 4h, options: [{ id: b, title: B }] }
    on: { done: after }
  after:
    title: After
    phase: recovery
    final: true
`;
}

/** The small plan as data. */
export function smallPlan(title?: string): Plan {
  return parse(smallPlanText(title)) as Plan;
}
