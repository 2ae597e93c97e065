/**
 * Which categories of fact are two-way acts, shared by extraction (who acts) and normalisation (actor order, direction);
 * and the ids of visitors known only as a country's delegation, which extraction gives and normalisation neither merges
 * across articles nor publishes as entities.
 */

/** Categories whose acts are two-way: agreements, diplomatic steps, trade, exchanges (culture, technology, media). */
const mutualCategories = new Set(['agreement', 'diplomatic_relations', 'trade', 'cultural', 'technology', 'media']);

/** Whether a category's acts are two-way (no direction); the others have one: who visits, lends, gives, invests, supports, votes. */
export const isMutual = (category: string) => mutualCategories.has(category);

/** The visitor id of a delegation known only by its country ("delegation:chn"): no entity, so no name (isDelegationId). */
export const delegationIdOf = (country: string) => `delegation:${country.toLowerCase()}`;
/** Whether a visitor id is a delegation known only by its country (delegationIdOf), not a person or organisation. */
export const isDelegationId = (id: unknown) => typeof id === 'string' && id.startsWith('delegation:');
