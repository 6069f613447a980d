// The map of event locations: Leaflet from npm over an offline basemap, the world country
// outlines of the world-atlas npm package (TopoJSON), so no tile server is ever contacted.

import { getAll } from "./api.js";
import { $, el, truncate } from "./dom.js";
import { eventAsEvidence, showRecords } from "./evidence.js";
import { filterParams } from "./state.js";

let map = null;
let countries = null;
let markers = null;
let countryEvents = new Map();

export async function initMap() {
  map = window.L.map($("#map"), { worldCopyJump: true, minZoom: 1, maxZoom: 12, zoomSnap: 0.5 });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Country outlines: Natural Earth via world-atlas");
  map.setView([25, 20], 2);
  const response = await fetch("/static/vendor/world-atlas/countries-50m.json");
  const topo = await response.json();
  const shapes = window.topojson.feature(topo, topo.objects.countries);
  countries = window.L.geoJSON(shapes, {
    style: () => ({ color: "#90a4ae", weight: 0.6, fillColor: "#eceff1", fillOpacity: 1 }),
    onEachFeature: (feature, layer) => {
      layer.on("click", () => {
        const events = countryEvents.get(String(feature.id)) || [];
        const name = feature.properties && feature.properties.name ? feature.properties.name : "";
        if (events.length) showRecords(`Events in ${name}`, events.map(eventAsEvidence));
      });
    },
  }).addTo(map);
  markers = window.L.layerGroup().addTo(map);
  return map;
}

function popup(events) {
  const place = events[0].location.name;
  return el("div", { class: "map-popup" },
    el("strong", {}, `${place} · ${events.length} event${events.length > 1 ? "s" : ""}`),
    el("ul", {}, events.slice(0, 8).map((e) => el("li", {},
      el("span", { class: "chip type" }, e.type), " ", truncate(e.sentence, 120)))),
    events.length > 8 ? el("div", { class: "muted" }, `and ${events.length - 8} more`) : null,
    el("button", { type: "button", class: "link", onclick: () => showRecords(`Events at ${place}`, events.map(eventAsEvidence)) },
      "Show evidence in the panel"));
}

export async function reloadMap() {
  if (!map) return;
  const events = await getAll("/api/events", filterParams({ located: true, status: null }));
  markers.clearLayers();
  countryEvents = new Map();
  const places = new Map();
  for (const e of events) {
    const loc = e.location;
    if (loc.country_numeric) {
      const list = countryEvents.get(loc.country_numeric) || [];
      list.push(e);
      countryEvents.set(loc.country_numeric, list);
    }
    if (loc.lat === null || loc.lon === null) continue;
    const key = `${loc.lat.toFixed(3)},${loc.lon.toFixed(3)}`;
    const list = places.get(key) || [];
    list.push(e);
    places.set(key, list);
  }
  const max = Math.max(1, ...[...countryEvents.values()].map((l) => l.length));
  countries.setStyle((feature) => {
    const n = (countryEvents.get(String(feature.id)) || []).length;
    return n
      ? { color: "#5d4037", weight: 0.8, fillColor: "#ffcc80", fillOpacity: 0.35 + 0.5 * (n / max) }
      : { color: "#90a4ae", weight: 0.6, fillColor: "#eceff1", fillOpacity: 1 };
  });
  const bounds = [];
  for (const list of places.values()) {
    const { lat, lon } = list[0].location;
    const marker = window.L.circleMarker([lat, lon], {
      radius: 6 + 3 * Math.sqrt(list.length), color: "#bf360c", weight: 2, fillColor: "#ff7043", fillOpacity: 0.8,
    });
    marker.bindPopup(popup(list));
    marker.bindTooltip(el("span", {}, `${list[0].location.name} (${list.length})`)); // an element: Leaflet puts strings in as HTML
    markers.addLayer(marker);
    bounds.push([lat, lon]);
  }
  $("#map-count").textContent = `${events.length} located events at ${places.size} places`;
  if (bounds.length) map.fitBounds(bounds, { padding: [60, 60], maxZoom: 6 });
}

export function resizeMap() {
  if (map) map.invalidateSize();
}
