import { defaultDataset } from '../../data/default-dataset.ts';
import { recommend } from '../../engine/index.ts';
import { useAnswers, useWizardActions } from '../../state/wizard-store.ts';
import { useStepHeading } from '../../components/use-step-heading.ts';
import { explainWhy, headline } from './explain.ts';

const dataset = defaultDataset;

/** The recommendation for the answers in the store. */
export default function ResultView() {
  const answers = useAnswers();
  const { goTo } = useWizardActions();
  const result = recommend(answers, dataset);
  const title = result.ok ? headline(result, dataset).title : 'Your answers need another look';
  const headingRef = useStepHeading<HTMLHeadingElement>(title);
  if (!result.ok) {
    return (
      <section>
        <h1 ref={headingRef} tabIndex={-1}>{title}</h1>
        <ul>{result.problems.map((p) => <li key={p.path}>{p.path}: {p.message}</li>)}</ul>
        <button type="button" className="button primary" onClick={() => { goTo('review'); }}>Check your answers</button>
      </section>
    );
  }
  const head = headline(result, dataset);
  const name = (id: string) => dataset.frameworks.find((f) => f.id === id)?.name ?? id;
  return (
    <article className="result">
      <h1 ref={headingRef} tabIndex={-1}>{head.title}</h1>
      <p className="result-summary">{head.summary}</p>
      <div className="why">
        {explainWhy(result, dataset).map((sentence) => <p key={sentence}>{sentence}</p>)}
      </div>
      <table className="ranking">
        <caption>Framework ranking on your weights</caption>
        <thead>
          <tr><th scope="col">Rank</th><th scope="col">Framework</th><th scope="col">Score (0–10)</th></tr>
        </thead>
        <tbody>
          {result.ranking.map((r, i) => (
            <tr key={r.frameworkId}><td>{i + 1}</td><th scope="row">{name(r.frameworkId)}</th><td>{r.score.toFixed(1)}</td></tr>
          ))}
        </tbody>
      </table>
      <p>
        <button type="button" className="button secondary" onClick={() => { goTo('review'); }}>Change answers</button>
      </p>
    </article>
  );
}
