/**
 * The lab page's exercises: each with its goal, a hint behind a disclosure and a button that sets
 * the lab up for it (src/domain/lab/exercises.ts builds the broken state). The started exercise's
 * goal is checked against the lab state after every command, and says what is still missing.
 *
 * The checks need the lab and the profile, which come with the terminal chunk: they are imported
 * on demand, when an exercise is started or the terminal has loaded, never at first paint.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { LabState } from '../../domain/lab/index.ts';
import { $labState, enqueueLabAction } from './lab-bus.ts';

/** One exercise as the page renders it (texts in the page's language; goal may hold {params}). */
export interface ExerciseText {
  id: string;
  title: string;
  goal: string;
  hint: string;
  /** The goal's parameters for the example deployment (the server render); the live profile's replace them. */
  goalParams: Readonly<Record<string, string>>;
}

export interface ExerciseLabels {
  goal: string;
  hint: string;
  start: string;
  /** `{title}`: the button's accessible name (its visible text plus the exercise's title). */
  startNamed: string;
  solved: string;
  unsolved: string;
  /** `{title}`: the message the terminal prints when an exercise starts. */
  started: string;
}

interface Props {
  exercises: readonly ExerciseText[];
  labels: ExerciseLabels;
  /** Templates of what `check` can say is missing, by i18n key (`lab.exercise.missing.*`, `lab.hint.test.*`). */
  missing: Readonly<Record<string, string>>;
}

const ACTIVE_KEY = 'passerelle.lab.exercise';

function fill(template: string, params: Readonly<Record<string, string>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? params[name]! : whole));
}

/** The exercises module and the live profile, loaded once, on demand. */
let engine: Promise<[typeof import('../../domain/lab/exercises.ts'), typeof import('../state/profile.ts')]> | undefined;
function loadEngine() {
  engine ??= Promise.all([import('../../domain/lab/exercises.ts'), import('../state/profile.ts')]);
  return engine;
}

interface Verdict {
  done: boolean;
  missing: string;
}

export default function ExercisesIsland({ exercises, labels, missing }: Props) {
  const lab = useStore($labState);
  const [active, setActive] = useState<string | null>(null);
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [goals, setGoals] = useState<Record<string, Record<string, string>>>({});
  const checkRun = useRef(0);

  useEffect(() => {
    try {
      setActive(window.sessionStorage.getItem(ACTIVE_KEY));
    } catch {
      // no sessionStorage: nothing started yet
    }
  }, []);

  // Check the active exercise's goal whenever the lab changes.
  useEffect(() => {
    if (!lab || !active) return;
    const run = ++checkRun.current;
    void check(lab, active).then((result) => {
      if (run === checkRun.current) setVerdict(result);
    });
  }, [lab, active]);

  async function check(state: LabState, id: string): Promise<Verdict | null> {
    const [{ exerciseById, exercises: all }, { $profile }] = await loadEngine();
    const profile = $profile.get();
    setGoals(Object.fromEntries(all.map((e) => [e.id, e.goalParams(profile)])));
    const exercise = exerciseById(id);
    if (!exercise) return null;
    const result = exercise.check(state, profile);
    return { done: result.done, missing: result.missing && missing[result.missing] ? fill(missing[result.missing]!, result.params) : '' };
  }

  async function start(exercise: ExerciseText) {
    const [{ exerciseById }, { $profile }] = await loadEngine();
    const setup = exerciseById(exercise.id);
    if (!setup) return;
    setActive(exercise.id);
    setVerdict(null);
    try {
      window.sessionStorage.setItem(ACTIVE_KEY, exercise.id);
    } catch {
      // the exercise stays active for this page only
    }
    enqueueLabAction({ kind: 'setLab', lab: setup.setup($profile.get()), message: fill(labels.started, { title: exercise.title }) });
    // The terminal hydrates when visible: bring it into view so it loads and takes the lab.
    document.querySelector('.terminal-page')?.scrollIntoView({ block: 'start' });
  }

  return (
    <ol class="exercises">
      {exercises.map((exercise) => {
        const isActive = exercise.id === active;
        const headingId = `exercise-${exercise.id}`;
        return (
          <li class="exercise" data-exercise={exercise.id} data-active={isActive ? 'true' : 'false'}>
            <article aria-labelledby={headingId}>
              <h3 id={headingId}>{exercise.title}</h3>
              <p>
                <strong>{labels.goal}</strong> {fill(exercise.goal, goals[exercise.id] ?? exercise.goalParams)}
              </p>
              {isActive && (
                // Rendered as soon as the exercise is active, so the live region exists before it changes.
                <p class={`exercise__status exercise__status--${verdict?.done ? 'solved' : 'unsolved'}`} role="status">
                  {verdict && <strong>{verdict.done ? labels.solved : labels.unsolved}</strong>}
                  {verdict && !verdict.done && verdict.missing ? ` — ${verdict.missing}` : ''}
                </p>
              )}
              <details>
                <summary>{labels.hint}</summary>
                <p>{exercise.hint}</p>
              </details>
              {/* The name carries the title, so six "Start" buttons stay distinguishable by name. */}
              <button type="button" class="exercise__start" aria-label={fill(labels.startNamed, { title: exercise.title })} onClick={() => void start(exercise)}>
                {labels.start}
              </button>
            </article>
          </li>
        );
      })}
    </ol>
  );
}
