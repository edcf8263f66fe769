// Shows server timestamps (<time datetime>) in the reader's own time zone and language.
const format = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
for (const node of document.querySelectorAll('time[datetime]')) {
  const at = new Date(node.getAttribute('datetime'));
  if (!Number.isNaN(at.getTime())) node.textContent = format.format(at);
}
