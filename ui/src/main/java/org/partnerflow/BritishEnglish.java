package org.partnerflow;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Partnerflow speaks British English: dates read day/month/year in every picker and grid, whatever
 * the browser's language. Texts are written in the views; keys are returned as they are.
 */
@Component
class BritishEnglish implements I18NProvider {

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(Locale.UK);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return key;
    }
}
