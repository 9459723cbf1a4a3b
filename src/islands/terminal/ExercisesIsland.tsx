/**
 * The lab page's exercises: each with its goal, hints in stages (a hint, then a stronger one — what
 * the lab finds wrong now —, then the solution, each on request) and a button that sets the lab up
 * for it (src/domain/lab/exercises.ts builds the broken state). The started exercise's goal is
 * checked against the lab state after every command; its status line restates the goal's missing
 * pieces but never the fix (`exerciseStatus`), which is what the later hint stages are for.
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
  /** The hint stages' buttons and headings; `named` is `{action}: {title}` (accessible names). */
  hintStage: { show: string; stronger: string; solution: string; strongerTitle: string; solutionTitle: string; noDiagnosis: string; named: string };
  /** Shell names and "any server" words, to caption the solution's lines. */
  shells: Readonly<Record<string, string>>;
  anyServer: Readonly<Record<string, string>>;
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
  /** What the status line may say (a restated goal), worded; '' when it says only "not solved". */
  missing: string;
}

/** The later hint stages of one exercise, computed on request. */
interface StrongerHints {
  /** The lab's diagnosis of what is wrong (the started lab, or the exercise's starting state). */
  diagnosis: string;
  /** The solution: one caption (shell and machine) and its lines, in order. */
  solution: { caption: string; lines: string[] }[];
}

export default function ExercisesIsland({ exercises, labels, missing }: Props) {
  const lab = useStore($labState);
  const [active, setActive] = useState<string | null>(null);
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [goals, setGoals] = useState<Record<string, Record<string, string>>>({});
  // Per exercise: how many hint stages are shown (0 none, 1 hint, 2 stronger hint, 3 solution).
  const [stages, setStages] = useState<Record<string, number>>({});
  const [stronger, setStronger] = useState<Record<string, StrongerHints>>({});
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
    const [{ exerciseById, exercises: all, exerciseStatus }, { $profile }] = await loadEngine();
    const profile = $profile.get();
    setGoals(Object.fromEntries(all.map((e) => [e.id, e.goalParams(profile)])));
    const exercise = exerciseById(id);
    if (!exercise) return null;
    const result = exercise.check(state, profile);
    const status = exerciseStatus(result);
    return { done: result.done, missing: status && missing[status.key] ? fill(missing[status.key]!, status.params) : '' };
  }

  /** Shows the next hint stage; the stronger hint and the solution need the engine (loaded once). */
  async function nextStage(exercise: ExerciseText) {
    const stage = (stages[exercise.id] ?? 0) + 1;
    if (stage >= 2) {
      const [{ exerciseById }, { $profile }] = await loadEngine();
      const found = exerciseById(exercise.id);
      if (!found) return;
      const profile = $profile.get();
      const state = exercise.id === active && lab ? lab : found.setup(profile);
      const result = found.check(state, profile);
      const diagnosis = result.missing && missing[result.missing] ? fill(missing[result.missing]!, result.params) : '';
      const solution: StrongerHints['solution'] = [];
      for (const line of found.solution(profile)) {
        const where = labels.anyServer[line.target] ?? line.target;
        const caption = `${labels.shells[line.shell] ?? line.shell} — ${where}`;
        const last = solution.at(-1);
        if (last && last.caption === caption) last.lines.push(line.text);
        else solution.push({ caption, lines: [line.text] });
      }
      setStronger((all) => ({ ...all, [exercise.id]: { diagnosis, solution } }));
    }
    setStages((all) => ({ ...all, [exercise.id]: Math.min(stage, 3) }));
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

  const stageAction = (shown: number) => (shown === 0 ? labels.hintStage.show : shown === 1 ? labels.hintStage.stronger : labels.hintStage.solution);

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
              {/* Hints in stages, each on request: the first reveals where to look, the second what the
                  lab finds wrong, the third the commands. Focus stays on the (same) next-stage button. */}
              {(stages[exercise.id] ?? 0) >= 1 && (
                <p class="exercise__hint">
                  <strong>{labels.hint}</strong> {exercise.hint}
                </p>
              )}
              {(stages[exercise.id] ?? 0) >= 2 && stronger[exercise.id] && (
                <div class="exercise__hint">
                  <p>
                    <strong>{labels.hintStage.strongerTitle}</strong> {stronger[exercise.id]!.diagnosis || labels.hintStage.noDiagnosis}
                  </p>
                </div>
              )}
              {(stages[exercise.id] ?? 0) >= 3 && stronger[exercise.id] && (
                <div class="exercise__solution">
                  <p>
                    <strong>{labels.hintStage.solutionTitle}</strong>
                  </p>
                  {stronger[exercise.id]!.solution.map((group) => (
                    <>
                      <p class="exercise__solution-caption">{group.caption}</p>
                      <pre>
                        <code>{group.lines.join('\n')}</code>
                      </pre>
                    </>
                  ))}
                </div>
              )}
              {(stages[exercise.id] ?? 0) < 3 && (
                <button
                  type="button"
                  class="exercise__hint-button"
                  aria-label={fill(labels.hintStage.named, { action: stageAction(stages[exercise.id] ?? 0), title: exercise.title })}
                  onClick={() => void nextStage(exercise)}
                >
                  {stageAction(stages[exercise.id] ?? 0)}
                </button>
              )}{' '}
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
