package org.partnerflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.List;

/**
 * A BPMN model drawn in the browser by bpmn-js (read-only, zoomable), with steps marked by a style
 * class and labelled with short overlays. The markers and overlays are kept here too, so what the
 * diagram is told can be checked on the server.
 */
@Tag("partnerflow-bpmn-diagram")
@NpmPackage(value = "bpmn-js", version = "18.6.2")
@JsModule("./bpmn-diagram.js")
public class BpmnDiagram extends Component implements HasSize {

    /** A style class on a step: pf-completed, pf-current, pf-heat-1 to pf-heat-3. */
    public record Marker(String id, String className) {
    }

    /** A short label on a step, such as "3 waiting · median 2 d 4 h". */
    public record Overlay(String id, String text) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Marker> markers;
    private final List<Overlay> overlays;

    public BpmnDiagram(String bpmnXml, List<Marker> markers, List<Overlay> overlays, String description) {
        this.markers = List.copyOf(markers);
        this.overlays = List.copyOf(overlays);
        setHeight("32rem");
        setWidthFull();
        // In a full-height layout the diagram keeps its height rather than shrinking to fit.
        getStyle().set("flex-shrink", "0");
        // A figure, not an image: the canvas inside can be panned and zoomed, and an image's content is presentational.
        getElement().setAttribute("role", "figure");
        getElement().setAttribute("aria-label", description);
        try {
            getElement().callJsFunction("show", bpmnXml, JSON.writeValueAsString(this.markers), JSON.writeValueAsString(this.overlays));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<Marker> markers() {
        return markers;
    }

    public List<Overlay> overlays() {
        return overlays;
    }
}
