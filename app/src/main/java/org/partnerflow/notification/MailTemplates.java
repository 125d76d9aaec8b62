package org.partnerflow.notification;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The mails' words, from the text templates under {@code mail/} (British English). A template is
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

    /** A rendered mail. */
    record Mail(String subject, String body) {
    }

    private final TemplateEngine engine = new TemplateEngine();

    MailTemplates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(MailTemplates.class.getClassLoader());
        resolver.setPrefix("mail/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
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
        String subject = engine.process(template + "-subject", context).strip().replaceAll("\\s+", " ");
        return new Mail(subject, engine.process(template, context));
    }
}
