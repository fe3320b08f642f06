import { useMemo, useRef, useState } from 'react';
import { formatWeight } from '../../../words/format-weight.ts';
import { WeightSlider } from '../../../components/weight-slider.tsx';
import { applyAnswerTip, findAnswerTippingPoints, type Recommendation } from '../../../engine/index.ts';
import { clearAnswer, setTriedScore, setWeight, triedScores, weightOverrides } from '../../../schema/answer-values.ts';
import { criterionName, frameworkName } from '../../../words/dataset-names.ts';
import type { Answers } from '../../../schema/answers.ts';
import type { Dataset } from '../../../schema/dataset.ts';
import { useAnswers } from '../../../state/wizard-store.ts';
import { headline } from '../../../words/explain.ts';
import { answerTipSentence, describeTippingPoints, scorePast, scoreTipSentence, weightPast } from '../../../words/tipping-sentences.ts';

/** How many of each kind of tipping point to list: the nearest ones. */
const LISTED = 3;
/** How many sliders show before "More weights": those that decide the verdict. */
const SHOWN_SLIDERS = 6;

/**
 * The criteria in the order their sliders come: those a listed tipping point names, then by how
 * much they separate the leader from the runner-up (weight x score gap), then by weight.
 */
function decisiveOrder(result: Recommendation, named: readonly string[]): readonly string[] {
  const [leader, runnerUp] = result.ranking;
  const gap = (criterionId: string) => Math.abs((result.scores[criterionId]?.[leader?.frameworkId ?? '']?.score ?? 0) - (result.scores[criterionId]?.[runnerUp?.frameworkId ?? '']?.score ?? 0));
  const rank = (w: Recommendation['weights'][number]) => [named.includes(w.criterionId) ? 0 : 1, -w.weight * gap(w.criterionId), -w.weight] as const;
  return [...result.weights]
    .sort((a, b) => {
      const [x, y] = [rank(a), rank(b)];
      return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
    })
    .map((w) => w.criterionId);
}

/** The verdict and every framework's score, kept in view while the sliders below move them. */
function Scoreboard({ title, result, dataset }: { readonly title: string; readonly result: Recommendation; readonly dataset: Dataset }) {
  return (
    // A named group, its scores separated for a screen reader ("PyTorch 7.41, TensorFlow 7.40"), not run together.
    <div className="scoreboard" role="group" aria-label="Verdict now">
      <strong>{title}</strong>{' '}
      <span className="scoreboard-scores">
        {result.ranking.map((r, i) => (
          <span key={r.frameworkId}>
            {i > 0 && <span className="visually-hidden">, </span>}
            {frameworkName(dataset, r.frameworkId)} {r.score.toFixed(2)}
          </span>
        ))}
      </span>
    </div>
  );
}

interface WhatIfProps {
  readonly result: Recommendation;
  readonly dataset: Dataset;
  readonly onWeight: (criterionId: string, weight: number, suggested: number) => void;
  readonly onReset: () => void;
  readonly onChangeAnswers: () => void;
  /** Changes the answers (an answer tipping point tried, or undone); the page and its link follow. */
  readonly onAnswers: (apply: (answers: Answers) => Answers) => void;
}

/** A tipping point tried from the list: what it was, and the answers to go back to. */
interface Tried {
  readonly text: string;
  readonly before: Answers;
}

/** A tipping point in words, with what trying it does (null: nothing to try on the scale). */
interface TipItem {
  readonly text: string;
  readonly onTry: (() => void) | null;
}

/** One kind of tipping point (a weight, a score, an answer): its heading, then each with a button that tries it, or what holds when there is none. */
function TipKind({ title, tips, none, describedBy }: { readonly title: string; readonly tips: readonly TipItem[]; readonly none: string; readonly describedBy?: string }) {
  return (
    <>
      <h4 className="tip-kind">{title}</h4>
      {tips.length > 0 ? (
        <ul className="tipping-points" aria-describedby={describedBy}>
          {tips.map(({ text, onTry }) => (
            <li key={text}>
              {text}{' '}
              {onTry && (
                <button type="button" className="link-button no-print" onClick={onTry}>
                  Try it<span className="visually-hidden">: {text}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p>{none}</p>
      )}
    </>
  );
}

/** "What would change this": the tipping points in words, and sliders to try other weights live. */
export function WhatIf({ result, dataset, onWeight, onReset, onChangeAnswers, onAnswers }: WhatIfProps) {
  const { min, max } = dataset.meta.weightRange;
  const sentences = describeTippingPoints(result, dataset).slice(0, LISTED);
  const scoreTips = result.scoreTippingPoints.slice(0, LISTED);
  const answerTips = useMemo(() => findAnswerTippingPoints(result.answers, dataset).slice(0, LISTED), [result.answers, dataset]);
  // Tipping points tried, in order: Undo steps back one at a time, to the answers given.
  const [tried, setTried] = useState<readonly Tried[]>([]);
  // Every stored answer (those to questions that do not apply too), so that Undo loses nothing.
  const stored = useAnswers();
  const undoRef = useRef<HTMLButtonElement>(null);
  const tryIt = (text: string, apply: (answers: Answers) => Answers) => {
    setTried([...tried, { text, before: stored }]);
    onAnswers(apply);
    // The confirmation and its Undo, in view and in focus: the list it was tried from may have changed under the pointer.
    requestAnimationFrame(() => { undoRef.current?.focus(); });
  };
  const undo = () => {
    const last = tried.at(-1);
    if (!last) return;
    setTried(tried.slice(0, -1));
    onAnswers(() => last.before);
  };
  const latest = tried.at(-1);
  // The verdict as it stands (after any tipping point tried), for the scoreboard and the Undo line.
  const now = headline(result, dataset).title;
  // The sliders' order is fixed when the section first shows (a slider must not jump away while it is dragged).
  const [order] = useState(() => decisiveOrder(result, sentences.map((x) => x.criterionId)));
  // A weight changed among the folded ones keeps the fold open.
  const [moreOpen, setMoreOpen] = useState(() => order.slice(SHOWN_SLIDERS).some((id) => result.weights.find((w) => w.criterionId === id)?.overridden));
  const slider = (criterionId: string) => {
    const w = result.weights.find((x) => x.criterionId === criterionId);
    if (!w) return null;
    const id = `what-if-${w.criterionId}`;
    const value = liveWeights[w.criterionId] ?? w.weight;
    return (
      <WeightSlider
        key={w.criterionId}
        id={id}
        label={criterionName(dataset, w.criterionId)}
        value={value}
        range={dataset.meta.weightRange}
        // Only a weight the user changed says so: eighteen "from your answers" captions said nothing.
        note={w.overridden ? `Changed; your answers suggest ${formatWeight(w.suggested)}` : ''}
        input={{ value, onChange: (event) => { onWeight(w.criterionId, Number(event.target.value), w.suggested); } }}
      />
    );
  };
  const triedScoresId = dataset.meta.roles.triedScores;
  const triedCount = Object.keys(triedScores(result.answers, triedScoresId)).length;
  const changed = result.weights.some((w) => w.overridden);
  // The weights just set, ahead of the (deferred) result, so a slider never lags its thumb.
  const liveWeights = weightOverrides(stored, dataset.meta.roles.priorities);
  // Where the answers skip the priorities (a hosted API, tabular data), weights decide nothing: no sliders that do nothing.
  if (!result.applicableQuestionIds.includes(dataset.meta.roles.priorities)) {
    return (
      <section aria-labelledby="what-if-heading" className="what-if">
        <h2 id="what-if-heading">What would change this</h2>
        <p>This verdict follows from your answers, not from how much each criterion matters, so there are no weights to try here. Different answers (the data, or whether you need to build models) would lead to a framework comparison.</p>
        <p>
          <button type="button" className="button secondary" onClick={onChangeAnswers}>
            Change answers
          </button>
        </p>
      </section>
    );
  }
  return (
    // On paper a section with nothing to try and no tipping point is left out: the line under the headline says the verdict holds.
    <section aria-labelledby="what-if-heading" className={sentences.length + scoreTips.length + answerTips.length === 0 ? 'what-if what-if-empty' : 'what-if'}>
      <h2 id="what-if-heading">What would change this</h2>
      <h3 className="sliders-heading">Try other weights</h3>
      <p className="hint">Each weight starts where your answers put it; the weights that decide the verdict come first. The verdict below, the chart and the tables follow as you move a slider.</p>
      <Scoreboard title={now} result={result} dataset={dataset} />
      <div className="sliders">{order.slice(0, SHOWN_SLIDERS).map(slider)}</div>
      {order.length > SHOWN_SLIDERS && (
        <details className="more-weights" open={moreOpen} onToggle={(event) => { setMoreOpen(event.currentTarget.open); }}>
          <summary>More weights ({order.length - SHOWN_SLIDERS})</summary>
          <div className="sliders">{order.slice(SHOWN_SLIDERS).map(slider)}</div>
        </details>
      )}
      <p>
        <button type="button" className="button secondary" onClick={onReset} disabled={!changed}>
          Back to my answers
        </button>
      </p>
      <h3 className="tips-heading">The nearest tipping points</h3>
      <div role="status" className="tried">
        {latest && (
          <p>
            Trying: {latest.text} Now: {now}.
            {tried.length > 1 && ` (${String(tried.length)} tried; Undo steps back one at a time.)`}{' '}
            <button type="button" className="button secondary" onClick={undo} ref={undoRef}>
              Undo
            </button>
          </p>
        )}
      </div>
      <TipKind
        title="A weight"
        tips={sentences.map((x) => {
          const past = weightPast(x.tip, dataset.meta.weightRange);
          const suggested = result.weights.find((w) => w.criterionId === x.criterionId)?.suggested ?? 0;
          return { text: x.text, onTry: past === null ? null : () => { tryIt(x.text, (a) => setWeight(a, dataset.meta.roles.priorities, x.criterionId, past, suggested)); } };
        })}
        none={`No single weight between ${String(min)} and ${String(max)} changes the leader: it would take changes to several at once.`}
      />
      <TipKind
        title="A score"
        tips={scoreTips.map((tip) => {
          const text = scoreTipSentence(tip, dataset);
          const past = scorePast(tip, dataset.meta.scale);
          const dataScore = result.scores[tip.criterionId]?.[tip.frameworkId]?.tried?.dataScore ?? tip.currentScore;
          return { text, onTry: past === null ? null : () => { tryIt(text, (a) => setTriedScore(a, triedScoresId, tip.criterionId, tip.frameworkId, past, dataScore)); } };
        })}
        none="No single score within the scale changes the leader."
        describedBy="score-tips-note"
      />
      {scoreTips.length > 0 && (
        <p id="score-tips-note" className="hint">
          Trying a score puts your judgement in place of the data’s for this result only: the score table marks it, and the link carries it.
        </p>
      )}
      {triedCount > 0 && (
        <p>
          <button type="button" className="button secondary" onClick={() => { onAnswers((a) => clearAnswer(a, triedScoresId)); }}>
            Back to the data’s scores
          </button>
        </p>
      )}
      <TipKind
        title="An answer"
        tips={answerTips.map((tip) => {
          const text = answerTipSentence(tip, result.answers, dataset);
          return { text, onTry: () => { tryIt(text, (a) => applyAnswerTip(a, tip, dataset)); } };
        })}
        none="No single answer changed alone changes the leader."
      />
    </section>
  );
}
