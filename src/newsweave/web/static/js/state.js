// The shared filter (time range, type, status, outlet) every view listens to.

const listeners = [];

export const filter = { since: "", until: "", type: "", status: "", outlet: "", fromTimeline: false };

export function filterParams(extra = {}) {
  return {
    since: filter.since || null,
    until: filter.until || null,
    type: filter.type || null,
    status: filter.status || null,
    outlet: filter.outlet || null,
    ...extra,
  };
}

export function setFilter(changes, source = "controls") {
  let changed = false;
  for (const [key, value] of Object.entries(changes)) {
    if (filter[key] !== value) {
      filter[key] = value;
      changed = true;
    }
  }
  if (changed) listeners.forEach((fn) => fn(source));
}

export function onFilterChange(fn) {
  listeners.push(fn);
}

export function isFiltered() {
  return Boolean(filter.since || filter.until || filter.type || filter.status || filter.outlet);
}
