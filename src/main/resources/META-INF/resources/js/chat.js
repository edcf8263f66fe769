// The interview as a conversation: renders the turns so far, sends answers, streams the next question in.
import { getJson, postJson, postStream } from './api.js';
import { el, append, showProblem, clearProblem, clock, band } from './dom.js';
import { renderMap, pathSummary, movesOf } from './map.js';

const root = document.getElementById('chat');
const id = root.dataset.interviewId;
const practice = root.dataset.mode === 'practice';
const api = `/api/interviews/${encodeURIComponent(id)}`;
const $ = selector => document.getElementById(selector);
const conversation = $('conversation');
const problem = $('problem');
const answer = $('answer');
const form = $('answer-form');
const buttons = ['send-button', 'skip-button', 'end-button', 'hint-button'].map($).filter(Boolean);

const state = { interview: null, topics: null, moves: [], current: null, busy: false, finished: false, questionSince: Date.now(), hintsLeft: true };

const MOVE_WORDS = { 'zoom-in': 'Zooming in', 'zoom-out': 'Zooming out', 'follow-up': 'Follow-up', lateral: 'Moving across', open: 'Opening' };

function topicTitle(topicId) {
  const topic = state.topics && state.topics.topics.find(t => t.id === topicId);
  return topic ? topic.title : topicId;
}

function item(...children) {
  return append(el('li'), ...children);
}

function questionMessage(question) {
  const who = el('div', 'who');
  append(who, el('span', null, question.kind === 'follow-up' ? 'Interviewer · follow-up' : 'Interviewer'),
    el('span', 'topic-chip', question.topicTitle),
    el('span', 'difficulty', '●'.repeat(question.difficulty) + '○'.repeat(Math.max(0, 5 - question.difficulty))),
    el('span', 'provenance', `worded by ${question.wordedBy}`));
  who.querySelector('.difficulty').setAttribute('title', `Difficulty ${question.difficulty} of 5`);
  who.querySelector('.difficulty').setAttribute('aria-label', `Difficulty ${question.difficulty} of 5`);
  const message = append(el('li', 'msg interviewer'), who, el('div', 'body', question.text));
  message.dataset.questionId = question.id;
  return message;
}

function candidateMessage(text) {
  return append(el('li', 'msg candidate'), el('div', 'who', 'You'), el('div', 'body', text));
}

function skippedMessage() {
  return append(el('li', 'msg candidate skipped'), el('div', 'who', 'You'), el('div', 'body', 'Skipped this one.'));
}

function hintMessage(text) {
  return append(el('li', 'msg hint'), el('div', 'who', 'Hint'), el('div', 'body', text));
}

function moveNote(move) {
  if (!move || move.type === 'end') return null;
  const note = el('li', `move-note ${move.type}`);
  const words = MOVE_WORDS[move.type] || move.type;
  if (move.type === 'open') return append(note, el('span', 'move-type', `${words} on ${topicTitle(move.to)}`));
  append(note, el('span', 'move-type', `${words} → ${topicTitle(move.to)}`), el('br'), el('span', 'move-reason', move.reason));
  return note;
}

function pointList(className, items, render) {
  const list = el('ul', `points ${className}`);
  for (const entry of items) list.append(render(entry));
  return list;
}

function quote(text) {
  return text ? el('blockquote', null, `You said: “${text}”`) : null;
}

function modelAnswer(questionId) {
  const details = el('details', 'model-answer');
  const body = el('div', 'body', 'Loading the model answer…');
  append(details, el('summary', null, 'Compare with the model answer'), body);
  details.addEventListener('toggle', async () => {
    if (!details.open || details.dataset.loaded) return;
    details.dataset.loaded = 'yes';
    try {
      const question = await getJson(`/api/bank/questions/${encodeURIComponent(questionId)}`);
      body.textContent = question.referenceAnswer;
    } catch (e) {
      body.textContent = e.problem ? `${e.problem.title}. ${e.problem.detail || ''}` : 'The model answer could not be loaded.';
      delete details.dataset.loaded;
    }
  });
  return details;
}

function feedbackCard(grade, question) {
  const card = el('section', `card feedback band-${band(grade.score)}`);
  card.setAttribute('aria-label', `Feedback: ${grade.score.toFixed(1)} out of 5`);
  const score = append(el('span', 'feedback-score', grade.score.toFixed(1)), el('small', null, ' / 5'));
  append(card, append(el('div', 'feedback-head'), score, el('span', 'verdict', grade.verdict),
    el('span', 'feedback-provenance', `graded by ${grade.gradedBy} · question worded by ${question.wordedBy}`)));
  if (grade.feedback) card.append(el('p', 'feedback-text', grade.feedback));
  const covered = grade.keyPoints.filter(k => k.covered);
  const missed = grade.keyPoints.filter(k => !k.covered);
  if (covered.length) append(card, el('h4', null, `Covered (${covered.length} of ${grade.keyPoints.length})`),
    pointList('covered', covered, k => append(el('li', null, k.text), quote(k.evidence))));
  if (missed.length) append(card, el('h4', null, `Missed (${missed.length})`),
    pointList('missed', missed, k => el('li', null, k.text)));
  if (grade.misconceptions.length) append(card, el('h4', null, 'Misconceptions'),
    pointList('misconceptions', grade.misconceptions, m => append(el('li', null, m.text), quote(m.evidence))));
  card.append(modelAnswer(question.id));
  return item(card);
}

function typingIndicator() {
  const typing = el('li', 'typing');
  typing.setAttribute('aria-label', 'The interviewer is thinking');
  append(typing, el('span', null, '●'), el('span', null, '●'), el('span', null, '●'));
  return typing;
}

function renderTurn(turn) {
  append(conversation, moveNote(turn.move), questionMessage(turn.question));
  turn.hints.forEach(h => conversation.append(hintMessage(h)));
  if (turn.skipped) conversation.append(skippedMessage());
  else if (turn.answer !== null && turn.answer !== undefined) conversation.append(candidateMessage(turn.answer));
  if (turn.grade) conversation.append(feedbackCard(turn.grade, turn.question));
}

function updateMap() {
  if (!state.topics) return;
  const current = state.finished ? null : state.current && state.current.topicId;
  renderMap($('map'), state.topics, state.moves, current);
  $('path-summary').textContent = pathSummary(state.topics, state.moves);
}

function setQuestion(question, hintsUsed = 0) {
  state.current = question;
  state.questionSince = Date.now();
  state.hintsLeft = question.hints > hintsUsed;
  $('topic-title').textContent = question.topicTitle;
  const hint = $('hint-button');
  if (hint) {
    hint.disabled = !state.hintsLeft;
    hint.textContent = state.hintsLeft ? 'Hint' : 'No more hints';
  }
  $('announcer').textContent = `New question on ${question.topicTitle}: ${question.text}`;
}

function setProgress(progress) {
  $('progress').textContent = `${progress.asked} of ${progress.max}`;
}

function setBusy(busy) {
  state.busy = busy;
  answer.readOnly = busy;
  for (const button of buttons) button.disabled = busy || (button.id === 'hint-button' && !state.hintsLeft);
  form.setAttribute('aria-busy', String(busy));
}

function finish() {
  state.finished = true;
  form.hidden = true;
  $('finished').hidden = false;
  $('topic-title').textContent = 'Interview finished';
  updateMap();
}

function tick() {
  if (!state.interview) return;
  const started = Date.parse(state.interview.startedAt);
  const end = state.finished && state.interview.endedAt ? Date.parse(state.interview.endedAt) : Date.now();
  $('elapsed').textContent = clock(end - started);
  const questionClock = $('question-clock');
  if (questionClock && !state.finished) questionClock.textContent = clock(Date.now() - state.questionSince);
}

async function load() {
  try {
    const [interview, topics] = await Promise.all([getJson(api), getJson('/api/topics')]);
    state.interview = interview;
    state.topics = topics;
    state.moves = movesOf(interview.turns);
    conversation.replaceChildren();
    interview.turns.forEach(renderTurn);
    $('engine-label').textContent = interview.model.available ? `model ${interview.model.name}` : 'bank mode · embedded grader';
    setProgress(interview.progress);
    if (interview.question) {
      const open = interview.turns[interview.turns.length - 1];
      setQuestion(interview.question, open ? open.hints.length : 0);
      if (open && open.askedAt) state.questionSince = Date.parse(open.askedAt);
    }
    if (interview.status === 'finished') finish();
    else updateMap();
    const mapCard = $('map-card');
    mapCard.open = localStorage.getItem('deepdive.map') ? localStorage.getItem('deepdive.map') === 'open' : window.innerWidth >= 900;
    mapCard.addEventListener('toggle', () => localStorage.setItem('deepdive.map', mapCard.open ? 'open' : 'closed'));
    tick();
    if (!state.finished && window.matchMedia('(min-width: 760px)').matches) answer.focus();
  } catch (e) {
    showProblem(problem, e);
  }
}

async function respond(kind) {
  if (state.busy || state.finished) return;
  const text = answer.value;
  if (kind === 'answer' && !text.trim()) {
    showProblem(problem, { problem: { title: 'Nothing to send yet.', detail: 'Write your answer first, or press Skip to move on.' } });
    answer.focus();
    return;
  }
  clearProblem(problem);
  setBusy(true);
  const asked = state.current;
  const mine = kind === 'answer' ? candidateMessage(text) : skippedMessage();
  const typing = typingIndicator();
  append(conversation, mine, typing);
  typing.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  let streaming = null;
  let heard = false;
  const onGrade = ({ grade, move }) => {
    heard = true;
    if (grade && practice) typing.before(feedbackCard(grade, asked));
    const note = moveNote(move);
    if (note) typing.before(note);
    if (move && move.type !== 'end') state.moves.push(move);
  };
  const onToken = ({ text: chunk }) => {
    if (!streaming) {
      streaming = append(el('li', 'msg interviewer streaming'), el('div', 'who', 'Interviewer'), el('div', 'body', ''));
      typing.replaceWith(streaming);
    }
    streaming.querySelector('.body').textContent += chunk;
  };
  const onNext = next => {
    if (!next) return;
    const message = questionMessage(next);
    (streaming || typing).replaceWith(message);
    streaming = null;
    setQuestion(next);
    form.scrollIntoView({ block: 'end', behavior: 'smooth' });
  };
  try {
    const url = kind === 'answer' ? `${api}/answers` : `${api}/skip`;
    const result = await postStream(url, kind === 'answer' ? { text } : undefined, { grade: onGrade, token: onToken, next: onNext });
    if (!result.streamed) {
      onGrade(result.view);
      onNext(result.view.next);
    }
    typing.remove();
    answer.value = '';
    setProgress(result.view.progress);
    if (!result.view.next) {
      conversation.append(append(el('li', 'msg interviewer'), el('div', 'who', 'Interviewer'),
        el('div', 'body', 'That was my last question. Thank you for talking it through: your report is ready.')));
      state.interview = await getJson(api).catch(() => state.interview);
      finish();
      $('report-link').focus();
    } else {
      updateMap();
    }
  } catch (e) {
    typing.remove();
    if (streaming) streaming.remove();
    if (!heard) mine.remove();
    showProblem(problem, e);
    if (heard) await load();
  } finally {
    setBusy(false);
    if (!state.finished) answer.focus();
  }
}

async function hint() {
  if (state.busy || !state.hintsLeft) return;
  clearProblem(problem);
  try {
    const given = await postJson(`${api}/hint`);
    conversation.append(hintMessage(given.hint));
    if (given.remaining === 0) {
      state.hintsLeft = false;
      $('hint-button').disabled = true;
      $('hint-button').textContent = 'No more hints';
    }
  } catch (e) {
    showProblem(problem, e);
  }
  answer.focus();
}

async function end() {
  clearProblem(problem);
  setBusy(true);
  try {
    state.interview = await postJson(`${api}/end`);
    finish();
    $('report-link').focus();
  } catch (e) {
    showProblem(problem, e);
  } finally {
    setBusy(false);
  }
}

form.addEventListener('submit', event => {
  event.preventDefault();
  respond('answer');
});
answer.addEventListener('keydown', event => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    respond('answer');
  }
});
$('skip-button').addEventListener('click', () => respond('skip'));
if ($('hint-button')) $('hint-button').addEventListener('click', hint);
const dialog = $('end-dialog');
$('end-button').addEventListener('click', () => {
  dialog.returnValue = '';
  dialog.showModal();
});
dialog.addEventListener('close', () => {
  if (dialog.returnValue === 'end') end();
  else answer.focus();
});
setInterval(tick, 1000);
load();
