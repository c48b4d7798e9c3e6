// Two feeds of twenty items about four events, written for these tests (the events and outlets are
// invented): Northern Herald's RSS 2.0 feed and Daily Courier's Atom feed. Items on the derailment link to
// the article pages in articles.mjs; the others to pages this site builds from the item itself.
// Each item's `event` is the truth the grouping is scored against (lib/analysis/event-groups.test.ts).

export const FEED_ITEMS = [
  // Northern Herald
  { feed: 'herald', event: 'derailment', path: '/news/derailment-marlow-creek', date: '2026-11-12T08:15:00Z', title: 'Freight train derails near Marlow Creek, spilling diesel into river', summary: 'Fourteen wagons of a freight train left the tracks near Marlow Creek early on Wednesday, spilling diesel into the Alder River. No one was hurt, Cargoline said.' },
  { feed: 'herald', event: 'derailment', path: '/feed-pages/herald-derailment-fish', date: '2026-11-13T09:00:00Z', title: 'Dead fish found downstream of Marlow Creek spill', summary: 'Anglers reported dead fish on the Alder River a day after a Cargoline freight train derailed and leaked diesel near Marlow Creek.' },
  { feed: 'herald', event: 'derailment', path: '/feed-pages/herald-derailment-line', date: '2026-11-14T07:30:00Z', title: 'Marlow Creek rail line to reopen after derailment', summary: 'Cargoline said the line between Marlow Creek and Easton would reopen on Saturday once the derailed wagons had been lifted.' },
  { feed: 'herald', event: 'stadium', path: '/feed-pages/herald-stadium-vote', date: '2026-11-12T19:00:00Z', title: 'Riverton council approves £240m stadium plan', summary: 'Riverton city council voted 9-4 on Wednesday night to approve a 32,000-seat stadium for Riverton Athletic on the old gasworks site.' },
  { feed: 'herald', event: 'stadium', path: '/feed-pages/herald-stadium-reaction', date: '2026-11-13T11:00:00Z', title: 'Riverton Athletic fans celebrate stadium go-ahead', summary: 'Supporters gathered outside the town hall after councillors backed the gasworks stadium, though residents of Wharf Lane vowed to fight on.' },
  { feed: 'herald', event: 'wildfire', path: '/feed-pages/herald-wildfire', date: '2026-11-12T15:20:00Z', title: 'Hundreds evacuated as wildfire spreads in Kessler Hills', summary: 'About 600 people were told to leave their homes north of Easton as a wildfire in the Kessler Hills spread across 1,200 hectares, the fire service said.' },
  { feed: 'herald', event: 'wildfire', path: '/feed-pages/herald-wildfire-crews', date: '2026-11-13T08:45:00Z', title: 'Kessler Hills fire: crews hold line overnight', summary: 'Firefighters kept the Kessler Hills blaze from reaching the village of Ashby overnight, but warned that strong winds could fan the flames again.' },
  { feed: 'herald', event: 'merger', path: '/feed-pages/herald-merger', date: '2026-11-12T13:00:00Z', title: 'Helix to buy Quanta Micro in $18bn chip deal', summary: 'Helix Semiconductors agreed to buy rival chipmaker Quanta Micro for $18bn in cash and shares, creating the largest maker of power chips for electric cars.' },
  { feed: 'herald', event: 'merger', path: '/feed-pages/herald-merger-jobs', date: '2026-11-13T10:10:00Z', title: 'Quanta Micro staff fear job cuts after Helix takeover', summary: 'Unions at Quanta Micro asked for guarantees after Helix said the $18bn deal would bring savings of $900m a year.' },
  { feed: 'herald', event: 'merger', path: '/feed-pages/herald-merger-regulators', date: '2026-11-14T09:30:00Z', title: 'Regulators to scrutinise Helix-Quanta chip merger', summary: 'Competition authorities in Europe and the US are expected to examine the Helix Semiconductors takeover of Quanta Micro closely.' },
  // Daily Courier
  { feed: 'courier', event: 'derailment', path: '/2026/11/12/train-derailment', date: '2026-11-12T10:02:00Z', title: 'Diesel leak after train derailment', summary: 'A goods train derailed outside Marlow Creek on Wednesday morning, and fuel from its tanks leaked into the Alder River, Cargoline said.' },
  { feed: 'courier', event: 'derailment', path: '/feed-pages/courier-derailment-agency', date: '2026-11-13T12:00:00Z', title: 'Agency raises estimate of Alder River diesel spill', summary: 'The environment agency said up to 40,000 litres of diesel may have entered the Alder River after the Marlow Creek derailment, more than first thought.' },
  { feed: 'courier', event: 'stadium', path: '/feed-pages/courier-stadium', date: '2026-11-12T21:30:00Z', title: 'Gasworks stadium gets green light in Riverton', summary: 'Councillors in Riverton backed plans for a new home for Riverton Athletic on the former gasworks, after a four-hour meeting.' },
  { feed: 'courier', event: 'stadium', path: '/feed-pages/courier-stadium-cost', date: '2026-11-13T08:00:00Z', title: 'Who will pay for Riverton’s new stadium?', summary: 'The £240m Riverton Athletic stadium approved on Wednesday relies on £60m of council borrowing, documents show.' },
  { feed: 'courier', event: 'stadium', path: '/feed-pages/courier-stadium-residents', date: '2026-11-14T10:00:00Z', title: 'Wharf Lane residents to challenge stadium decision', summary: 'Residents near the Riverton gasworks site said they would seek a judicial review of the council’s stadium vote.' },
  { feed: 'courier', event: 'wildfire', path: '/feed-pages/courier-wildfire', date: '2026-11-12T16:00:00Z', title: 'Wildfire forces evacuation of villages near Easton', summary: 'Residents of Ashby and Cole Green were evacuated as a fast-moving fire burned through the Kessler Hills on Wednesday afternoon.' },
  { feed: 'courier', event: 'wildfire', path: '/feed-pages/courier-wildfire-cause', date: '2026-11-13T14:00:00Z', title: 'Kessler Hills blaze may have been started by a barbecue, fire chief says', summary: 'The chief fire officer said a disposable barbecue was the likely cause of the Kessler Hills wildfire, which has burned 1,500 hectares.' },
  { feed: 'courier', event: 'wildfire', path: '/feed-pages/courier-wildfire-return', date: '2026-11-14T09:00:00Z', title: 'Evacuated families allowed home as Kessler fire eases', summary: 'Most of the 600 people evacuated from villages in the Kessler Hills were allowed to return home on Friday as rain helped crews.' },
  { feed: 'courier', event: 'merger', path: '/feed-pages/courier-merger', date: '2026-11-12T14:15:00Z', title: 'Chipmaker Helix agrees $18bn deal for Quanta', summary: 'Helix Semiconductors will pay $42 a share for Quanta Micro, a premium of 31% on Tuesday’s closing price, the companies said.' },
  { feed: 'courier', event: 'merger', path: '/feed-pages/courier-merger-shares', date: '2026-11-12T17:40:00Z', title: 'Quanta Micro shares jump 27% on Helix bid', summary: 'Shares in Quanta Micro closed 27% higher after Helix Semiconductors announced its takeover offer; Helix shares fell 4%.' },
];

export const FEEDS = {
  herald: { path: '/feeds/herald.xml', title: 'Northern Herald', format: 'rss' },
  courier: { path: '/feeds/courier.atom', title: 'Daily Courier', format: 'atom' },
};

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The feed's XML, newest item first, as its site would serve it. */
export function feedXml(name, origin) {
  const feed = FEEDS[name];
  const items = FEED_ITEMS.filter((item) => item.feed === name).sort((a, b) => b.date.localeCompare(a.date));
  if (feed.format === 'rss') {
    return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${escape(feed.title)}</title><link>${origin}/</link><description>Latest news</description>
${items.map((item) => `<item><title>${escape(item.title)}</title><link>${origin}${item.path}</link><guid isPermaLink="false">herald-${item.path}</guid><pubDate>${new Date(item.date).toUTCString()}</pubDate><description>${escape(`<p>${item.summary}</p>`)}</description></item>`).join('\n')}
</channel></rss>`;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>${escape(feed.title)}</title><id>${origin}/</id><updated>${items[0].date}</updated>
${items.map((item) => `<entry><title>${escape(item.title)}</title><link href="${item.path}"/><id>tag:courier.test,2026:${item.path}</id><updated>${item.date}</updated><summary>${escape(item.summary)}</summary></entry>`).join('\n')}
</feed>`;
}

/** A page for an item that has no article page of its own: its title and summary as an article. */
export function itemPage(path) {
  const item = FEED_ITEMS.find((candidate) => candidate.path === path && candidate.path.startsWith('/feed-pages/'));
  if (!item) return null;
  const outlet = FEEDS[item.feed].title;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(item.title)} | ${outlet}</title>
<meta property="og:site_name" content="${outlet}"><meta property="og:title" content="${escape(item.title)}">
<meta property="article:published_time" content="${item.date}"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>${escape(item.title)}</h1><p>${escape(item.summary)}</p></article>
<footer>© 2026 ${outlet}</footer></body></html>`;
}
