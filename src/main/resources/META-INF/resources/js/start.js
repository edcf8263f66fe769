// The start form posts to the server (it works without JavaScript); this only shows that something is happening.
const form = document.getElementById('start-form');
const button = document.getElementById('start-button');
form.addEventListener('submit', () => {
  button.disabled = true;
  button.textContent = 'Starting…';
});
window.addEventListener('pageshow', () => {
  button.disabled = false;
  button.textContent = 'Start the interview';
});
