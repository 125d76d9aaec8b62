package org.partnerflow;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.partnerflow.words.Words;
import org.springframework.stereotype.Component;

/**
 * Partnerflow speaks British English: dates read day/month/year in every picker and grid, whatever
 * the browser's language. {@code getTranslation} reads the one bundle {@link Words} reads
 * ({@code vaadin-i18n/translations.properties}); a key it lacks is returned as it is.
 */
@Component
class BritishEnglish implements I18NProvider {

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(Locale.UK);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return key != null && Words.has(key) ? Words.text(key, params == null ? new Object[0] : params) : key;
    }
}
