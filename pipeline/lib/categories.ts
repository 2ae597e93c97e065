/** Which categories of fact are two-way acts, shared by extraction (who acts) and normalisation (actor order, direction). */

/** Categories whose acts are two-way: agreements, diplomatic steps, trade, exchanges (culture, technology, media). */
const mutualCategories = new Set(['agreement', 'diplomatic_relations', 'trade', 'cultural', 'technology', 'media']);

/** Whether a category's acts are two-way (no direction); the others have one: who visits, lends, gives, invests, supports, votes. */
export const isMutual = (category: string) => mutualCategories.has(category);
