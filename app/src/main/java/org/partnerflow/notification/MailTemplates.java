package org.partnerflow.notification;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The mails' words, from the templates under {@code mail/} (British English): text, and the same as
 * HTML ({@code notification.html}, {@code digest.html}). A template is
 * given {@link MailWords} and nothing else, so no child's name, birth date, school or observation can
 * reach a mail: what there is to say is the kind of work's words, a reference and a link.
 */
final class MailTemplates {

    /** One notification as a mail tells it: the kind's words from the bundle, its reference, the full link. */
    record MailLine(String kind, String reference, String link) {
    }

    /** All a template may read: whom it is to (the staff member's own name) and what they are told of. */
    record MailWords(String recipientName, List<MailLine> lines) {
    }

    /** A rendered mail: its subject, the plain text and the same words as HTML (both parts are sent). */
    record Mail(String subject, String body, String html) {
    }

    private final TemplateEngine text = engine(".txt", TemplateMode.TEXT);
    /** HTML mode escapes what it prints ({@code th:text}), so a value cannot add markup. */
    private final TemplateEngine html = engine(".html", TemplateMode.HTML);

    private static TemplateEngine engine(String suffix, TemplateMode mode) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(MailTemplates.class.getClassLoader());
        resolver.setPrefix("mail/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    /** One notification's mail ({@code notification-subject.txt}, {@code notification.txt}). */
    Mail single(MailWords words) {
        return render("notification", words);
    }

    /** A day's digest ({@code digest-subject.txt}, {@code digest.txt}). */
    Mail digest(MailWords words) {
        return render("digest", words);
    }

    private Mail render(String template, MailWords words) {
        Context context = new Context(org.partnerflow.words.Words.LOCALE);
        context.setVariable("name", words.recipientName());
        context.setVariable("lines", words.lines());
        context.setVariable("line", words.lines().get(0));
        context.setVariable("count", words.lines().size());
        String subject = text.process(template + "-subject", context).strip().replaceAll("\\s+", " ");
        return new Mail(subject, text.process(template, context), html.process(template, context));
    }
}
