import { recordsFrom } from './lib/article.ts';
const r = recordsFrom('/work/main/sources/articles', process.argv[2]);
for (const e of r.tables.events) console.log(e.category, e.subtype, e.date, e.actor_1, e.actor_2, String(e.quote).slice(0, 70));
