// The page's own script: a property set from script, and calm-* events heard on the document
// (they bubble and are composed).
const events = document.querySelector('#events');
document.addEventListener('calm-help', (event) => {
  const item = document.createElement('li');
  item.textContent = `help: ${event.detail.reason}`;
  events.append(item);
});

document.querySelector('calm-help').resources = [
  {
    id: 'riverside-clinic',
    name: 'Riverside Clinic duty line',
    channels: [{ kind: 'call', target: '+1 555 0100' }],
    hours: 'Weekdays 9:00–17:00',
  },
];
