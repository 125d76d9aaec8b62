package org.partnerflow.referral;

import java.io.StringWriter;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The one renderer of a {@link FamilyPlan}: headings, paragraphs, lists and a table, as an HTML
 * document. The PDF is this document laid out on paper ({@link FamilyPlanPdf}) and the printable page
 * shows its content ({@link #forPage}), so what a family reads on paper and on screen is the same.
 * Built as a DOM, so every recorded text is a text node, escaped by the serialiser, never markup.
 */
public final class FamilyPlanHtml {

    /** The sections' headings, in the order the family reads them. */
    static final String WORRIES = "What we are worried about";
    static final String HELP = "What will help";
    static final String ACTIONS = "Who does what by when";
    static final String MEETING = "When we meet next";
    static final String CONTACTS = "Who to contact";

    /** How the plan looks on paper and on screen: large, plain type, a clear table, headings kept with what follows. */
    static final String CSS = """
            .family-plan { font-family: 'Liberation Sans', Arial, Helvetica, sans-serif; font-size: 12pt; line-height: 1.45;
                           color: #000000; max-width: 46em; }
            .family-plan h1 { font-size: 20pt; font-weight: bold; margin: 0 0 8pt 0; }
            .family-plan h2 { font-size: 15pt; font-weight: bold; margin: 16pt 0 4pt 0; border-bottom: 1px solid #555555;
                              page-break-after: avoid; }
            .family-plan p { margin: 4pt 0; }
            .family-plan ul { margin: 4pt 0; padding-left: 16pt; }
            .family-plan li { margin: 3pt 0; }
            .family-plan table { border-collapse: collapse; width: 100%; margin: 4pt 0; }
            .family-plan th, .family-plan td { border: 1px solid #555555; padding: 4pt 6pt; text-align: left; vertical-align: top; }
            .family-plan th { background-color: #eeeeee; font-weight: bold; }
            .family-plan tr { page-break-inside: avoid; }
            .family-plan .note { color: #333333; }
            """;

    private FamilyPlanHtml() {
    }

    /** The whole document: language, title and description (which PDF/UA asks for), the style and the plan. */
    static Document document(FamilyPlan plan, String paperCss) {
        Document doc = newDocument();
        Element html = doc.createElement("html");
        html.setAttribute("lang", "en-GB");
        doc.appendChild(html);
        Element head = child(html, "head");
        child(head, "title", plan.title());
        Element description = child(head, "meta");
        description.setAttribute("name", "description");
        description.setAttribute("content", "What we are worried about, what will help, who does what by when, when we meet next "
                + "and who to contact.");
        child(head, "style", CSS + paperCss);
        content(child(html, "body"), plan);
        return doc;
    }

    /** The plan as HTML for a page: its style and its content, every recorded text escaped. */
    public static String forPage(FamilyPlan plan) {
        Document doc = newDocument();
        Element holder = doc.createElement("div");
        doc.appendChild(holder);
        Element content = content(holder, plan);
        return "<style>" + CSS + "</style>" + serialised(content);
    }

    private static Element content(Element parent, FamilyPlan plan) {
        Element plain = child(parent, "div");
        plain.setAttribute("class", "family-plan");
        child(plain, "h1", plan.title());
        child(plain, "p", plan.introduction());

        child(plain, "h2", WORRIES);
        plan.worries().forEach(worry -> child(plain, "p", worry));

        child(plain, "h2", HELP);
        child(plain, "p", plan.wellbeingWords()).setAttribute("class", "note");
        if (plan.help().isEmpty()) {
            child(plain, "p", "Nothing is written here yet: ask at the next meeting.");
        } else {
            Element list = child(plain, "ul");
            for (FamilyPlan.Help help : plan.help()) {
                Element item = child(list, "li");
                child(item, "strong", help.about() + ": ");
                item.appendChild(item.getOwnerDocument().createTextNode(help.text()));
            }
        }

        child(plain, "h2", ACTIONS);
        if (plan.actions().isEmpty()) {
            child(plain, "p", "No actions are written in the plan yet.");
        } else {
            Element table = child(plain, "table");
            Element headings = child(child(table, "thead"), "tr");
            for (String heading : new String[] {"What", "Who", "From", "By when"}) {
                child(headings, "th", heading).setAttribute("scope", "col");
            }
            Element rows = child(table, "tbody");
            for (FamilyPlan.Action action : plan.actions()) {
                Element row = child(rows, "tr");
                child(row, "td", action.what());
                child(row, "td", action.who());
                child(row, "td", action.agency());
                child(row, "td", action.byWhen());
            }
        }

        child(plain, "h2", MEETING);
        child(plain, "p", plan.nextMeeting());

        child(plain, "h2", CONTACTS);
        Element contacts = child(plain, "ul");
        for (FamilyPlan.Contact contact : plan.contacts()) {
            Element item = child(contacts, "li");
            child(item, "strong", contact.role() + ": " + contact.name() + (contact.where().isBlank() ? "" : ", " + contact.where()) + ". ");
            item.appendChild(item.getOwnerDocument().createTextNode(contact.whatTheyDo()));
        }
        child(plain, "p", plan.closing()).setAttribute("class", "note");
        return plain;
    }

    private static Element child(Element parent, String name) {
        Element element = parent.getOwnerDocument().createElement(name);
        parent.appendChild(element);
        return element;
    }

    private static Element child(Element parent, String name, String text) {
        Element element = child(parent, name);
        element.setTextContent(text);
        return element;
    }

    private static Document newDocument() {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML builder is not available", e);
        }
    }

    private static String serialised(Element element) {
        try {
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.METHOD, "html");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(element), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("The plan could not be written as HTML", e);
        }
    }
}
