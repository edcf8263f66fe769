// The report's path map and print button; everything else on the report is rendered by the server.
import { getJson } from './api.js';
import { renderMap, pathSummary, movesOf } from './map.js';

const report = document.getElementById('report');
document.getElementById('print-button').addEventListener('click', () => window.print());

const id = report.dataset.interviewId;
Promise.all([getJson(`/api/interviews/${encodeURIComponent(id)}`), getJson('/api/topics')])
  .then(([interview, topics]) => {
    const moves = movesOf(interview.turns);
    renderMap(document.getElementById('map'), topics, moves, null);
    document.getElementById('path-summary').textContent = pathSummary(topics, moves);
  })
  .catch(() => {
    document.getElementById('path-summary').textContent = 'The map could not be loaded.';
  });
