package org.partnerflow.referral;

import java.util.List;

/**
 * The Child's Plan as the family takes it home, already in plain words: people by full name, dates
 * British, wellbeing indicators by their names, the professionals' terms explained. Assembled in one
 * place ({@link FamilyPlans#of}); the PDF and the printable page both show it through one renderer
 * ({@link FamilyPlanHtml}), so they cannot say different things.
 *
 * @param title          "The plan for Ailsa Brown"
 * @param childName      the child's full name
 * @param introduction   what this paper is, which version and when it was agreed
 * @param worries        what we are worried about, one paragraph each
 * @param wellbeingWords what the wellbeing words (Safe, Healthy...) mean
 * @param help           what will help: an outcome per wellbeing indicator, then other help
 * @param actions        who does what by when
 * @param nextMeeting    when we meet next, and what for
 * @param contacts       who to contact, with what each of them does
 * @param closing        when it was made, and what to do if something is wrong
 */
public record FamilyPlan(String title, String childName, String introduction, List<String> worries, String wellbeingWords,
                         List<Help> help, List<Action> actions, String nextMeeting, List<Contact> contacts, String closing) {

    public FamilyPlan {
        worries = List.copyOf(worries);
        help = List.copyOf(help);
        actions = List.copyOf(actions);
        contacts = List.copyOf(contacts);
    }

    /** Something that will help: what it is about (a wellbeing indicator, "Other help") and the words. */
    public record Help(String about, String text) {
    }

    /** One thing someone will do: what, who, from which agency, by when (a British date, or words). */
    public record Action(String what, String who, String agency, String byWhen) {
    }

    /** Someone the family can contact: their part (explained), their name and where they work. */
    public record Contact(String role, String name, String where, String whatTheyDo) {
    }
}
