/* global document */
// One page-level help for the classroom page: the elements below show none of their own
// (help="none"), so when one asks for help (the "I need…" board's Help card) the page opens its
// own, and the timer pauses while help is open (CONTENT.md: pause on a danger signal).
const pageHelp = document.getElementById('page-help');
const timer = document.querySelector('calm-timer');

document.addEventListener('calm-help', (event) => {
  timer?.pause();
  if (event.target !== pageHelp) pageHelp?.show();
});
