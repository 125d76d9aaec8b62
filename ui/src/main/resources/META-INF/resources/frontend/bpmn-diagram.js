// A read-only BPMN diagram drawn by bpmn-js, with markers (classes on steps) and overlays (small
// labels on steps) set from the server. Light DOM, so bpmn-js's own stylesheets apply.
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';

const STYLE = `
partnerflow-bpmn-diagram { display: block; border: 1px solid var(--lumo-contrast-20pct); }
partnerflow-bpmn-diagram .pf-completed:not(.djs-connection) .djs-visual > :nth-child(1) { fill: #d5f5e3 !important; stroke: #1e8449 !important; }
partnerflow-bpmn-diagram .pf-current:not(.djs-connection) .djs-visual > :nth-child(1) { fill: #fdebd0 !important; stroke: #d35400 !important; stroke-width: 3px !important; }
partnerflow-bpmn-diagram .pf-heat-1:not(.djs-connection) .djs-visual > :nth-child(1) { fill: #fef9e7 !important; }
partnerflow-bpmn-diagram .pf-heat-2:not(.djs-connection) .djs-visual > :nth-child(1) { fill: #fad7a0 !important; }
partnerflow-bpmn-diagram .pf-heat-3:not(.djs-connection) .djs-visual > :nth-child(1) { fill: #f1948a !important; }
partnerflow-bpmn-diagram .pf-overlay { background: #1b2631; color: white; border-radius: 8px; padding: 1px 6px; font: 11px sans-serif; white-space: nowrap; }
`;

class PartnerflowBpmnDiagram extends HTMLElement {
  connectedCallback() {
    if (!document.getElementById('pf-bpmn-style')) {
      const style = document.createElement('style');
      style.id = 'pf-bpmn-style';
      style.textContent = STYLE;
      document.head.appendChild(style);
    }
  }

  /** Draws the model, then marks steps ({id, className}) and labels them ({id, text}). */
  async show(xml, markersJson, overlaysJson) {
    if (!this.viewer) {
      this.viewer = new NavigatedViewer({ container: this });
    }
    await this.viewer.importXML(xml);
    const canvas = this.viewer.get('canvas');
    const registry = this.viewer.get('elementRegistry');
    const overlays = this.viewer.get('overlays');
    canvas.zoom('fit-viewport');
    for (const m of JSON.parse(markersJson)) {
      if (registry.get(m.id)) {
        canvas.addMarker(m.id, m.className);
      }
    }
    for (const o of JSON.parse(overlaysJson)) {
      if (registry.get(o.id)) {
        const label = document.createElement('div');
        label.className = 'pf-overlay';
        label.textContent = o.text;
        overlays.add(o.id, { position: { top: -14, left: 0 }, html: label });
      }
    }
    this.setAttribute('rendered', '');
  }
}

customElements.define('partnerflow-bpmn-diagram', PartnerflowBpmnDiagram);
