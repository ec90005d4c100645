package org.opencounter.wealth.assessment;

import java.util.List;
import java.util.Optional;

/** One question of a questionnaire version with its options in order. */
public record Question(long id, int position, String textZh, String textEn, List<AnswerOption> options) {

    public Optional<AnswerOption> option(long optionId) {
        return options.stream().filter(option -> option.id() == optionId).findFirst();
    }

    public int highestScore() {
        return options.stream().mapToInt(AnswerOption::score).max().orElse(0);
    }
}
