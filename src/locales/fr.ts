import type { Catalog } from './en.js';
import { registerLocale } from './registry.js';

/** French ("tu" register, as in youth and crisis services; typographic non-breaking spaces). */
export const fr: Catalog = {
  'help.open': 'Obtenir de l’aide maintenant',
  'help.title': 'Parler à quelqu’un maintenant',
  'help.intro': 'Tu n’as pas à traverser ça seul·e. Ces personnes sont prêtes à t’écouter.',
  'help.emergency': 'Si tu es en danger en ce moment, appelle le {number}.',
  'help.emergencyUnknown': 'Si tu es en danger en ce moment, appelle le numéro d’urgence local.',
  'help.findLine': 'Trouver une ligne d’écoute dans ton pays',
  'help.call': 'Appeler le {number}',
  'help.text': 'Envoyer un SMS au {number}',
  'help.textMessage': 'Envoyer {message} par SMS au {number}',
  'help.chat': 'Discuter en ligne',
  'help.alwaysOpen': 'Ouvert 24 h/24, 7 j/7',
  'help.languages': 'Langues\u00a0: {languages}',
  'help.for.veterans': 'Pour les anciens combattants',
  'help.for.spanish': 'En espagnol',
  'help.for.young-people': 'Pour les jeunes',
  'help.for.mental-health': 'Pour la santé mentale',
  'help.newTab': '(s’ouvre dans un nouvel onglet)',
  'help.close': 'Fermer',
  'quickExit.button': 'Quitter cette page',
  'quickExit.hint': 'Ou appuie 3 fois sur Maj',
  'quickExit.progress': 'Maj appuyée {count} fois sur 3',
  'common.loadError': 'Cette activité n’a pas pu être chargée.',
};

registerLocale('fr', fr);
