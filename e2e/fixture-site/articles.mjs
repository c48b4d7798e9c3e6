// Five outlets' pages about one event, written for these tests after the patterns of real news sites
// (Open Graph and JSON-LD metadata, canonical links, navigation, advertising labels, share and newsletter
// prompts, comment forms). The event and every sentence are invented; no real page is copied.

const shell = ({ head, body }) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${head}</head>
<body>${body}</body></html>`;

export const ARTICLES = {
  '/news/derailment-marlow-creek': shell({
    head: `<title>Freight train derails near Marlow Creek | Northern Herald</title>
<meta property="og:site_name" content="Northern Herald">
<meta property="og:title" content="Freight train derails near Marlow Creek, spilling diesel into river">
<meta property="og:url" content="/news/derailment-marlow-creek">
<meta property="article:published_time" content="2026-11-12T08:15:00Z">`,
    body: `<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main><article><h1>Freight train derails near Marlow Creek, spilling diesel into river</h1>
<p class="byline">By Ada Brennan, Transport Correspondent</p>
<p>Fourteen wagons of a freight train left the tracks near Marlow Creek early on Wednesday, spilling diesel into the Alder River.</p>
<p>No one was hurt, the rail operator Cargoline said in a statement.</p>
<div class="ad">Advertisement</div>
<p>The line between Marlow Creek and Easton will stay closed until Friday while crews lift the wagons, the operator said.</p>
<p>The regional environment agency said about 30,000 litres of fuel had reached the water and that booms had been placed downstream.</p>
<p>Residents were told not to draw water from the river until tests are complete.</p>
</article>
<aside><h2>Read more</h2><ul><li><a href="/news/other">Council approves new bus lanes</a></li></ul></aside>
<section class="newsletter"><p>Sign up for our morning briefing</p><form><input name="email"><button>Subscribe</button></form></section>
</main><footer><p>© 2026 Northern Herald</p></footer>`,
  }),
  '/2026/11/12/train-derailment': shell({
    head: `<title>Diesel leak after train derailment - Daily Courier</title>
<link rel="canonical" href="/2026/11/12/train-derailment">
<meta name="application-name" content="Daily Courier">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Diesel leak after train derailment","datePublished":"2026-11-12T10:02:00+00:00"}</script>`,
    body: `<div id="masthead"><a href="/">Daily Courier</a></div>
<article><h1>Diesel leak after train derailment</h1>
<p>A goods train derailed outside Marlow Creek on Wednesday morning, and fuel from its tanks leaked into the Alder River.</p>
<p>Cargoline, which runs the service, said 14 wagons had come off the rails but that the driver was unharmed.</p>
<p>Officials from the environment agency estimated that 30,000 litres of diesel had escaped.</p>
<p>The operator expects the line to reopen on Friday.</p>
<div class="share">Share this article: <a href="#">Facebook</a> <a href="#">X</a></div>
</article>
<section id="comments"><h3>Leave a Reply</h3><p>Your email address will not be published.</p><form><textarea></textarea></form></section>`,
  }),
  '/story/marlow-creek-rail-spill': shell({
    head: `<title>Rail spill fouls Alder River</title>
<meta property="og:site_name" content="Valley Post">
<meta property="og:title" content="Rail spill fouls Alder River">
<meta name="date" content="2026-11-12">`,
    body: `<nav>Valley Post · Local · Business · Opinion</nav>
<article><h1>Rail spill fouls Alder River</h1>
<p>MARLOW CREEK — Diesel poured into the Alder River on Wednesday after a freight train came off the tracks, according to the regional environment agency.</p>
<p>The agency put the spill at roughly 30,000 litres and said it was the largest on the river in a decade.</p>
<p>Cargoline said 14 wagons derailed and nobody was injured.</p>
<p>Anglers said dead fish had already been seen near the Easton weir.</p>
<p class="caption">Photo: Valley Post</p>
</article>`,
  }),
  '/world/rail/derailed-train-alder-river': shell({
    head: `<title>Train derails near Marlow Creek</title>
<meta property="og:site_name" content="Metro Wire">
<meta property="og:url" content="https://fixture.test/world/rail/derailed-train-alder-river">
<meta property="article:published_time" content="2026-11-12T12:40:00Z">`,
    body: `<article><h1>Train derails near Marlow Creek</h1>
<p>(Metro Wire) - A freight train derailed near the town of Marlow Creek on Wednesday, the operator Cargoline said, sending diesel into a river.</p>
<p>Fourteen wagons left the track. There were no injuries, the company said.</p>
<p>The line will remain closed until at least Friday.</p>
<p>The environment agency said it was testing water downstream and had advised residents not to use river water.</p>
<p>More follows.</p>
</article>`,
  }),
  '/local/derailment': shell({
    head: `<title>Marlow Creek derailment: what we know</title>
<meta property="og:site_name" content="Easton Gazette">
<meta name="pubdate" content="2026-11-13">`,
    body: `<article><h1>Marlow Creek derailment: what we know</h1>
<p>Twelve wagons of a Cargoline freight train derailed near Marlow Creek on Wednesday, the company said, correcting an earlier figure of fourteen.</p>
<p>The environment agency said on Thursday that up to 40,000 litres of diesel may have entered the Alder River.</p>
<p>Cargoline said the line could reopen on Saturday.</p>
<p>No injuries were reported.</p>
<p>Also Read: <a href="/local/bridge">Bridge repairs to start in spring</a></p>
</article>`,
  }),
};
