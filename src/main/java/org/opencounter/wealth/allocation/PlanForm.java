package org.opencounter.wealth.allocation;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import jakarta.validation.constraints.Size;

import org.opencounter.platform.DisplayFormat;
import org.opencounter.platform.IdempotentForm;

/** Target weights as whole or decimal percentages, with the adviser's note. */
public class PlanForm extends IdempotentForm {

    private Map<AssetClass, BigDecimal> percents = new EnumMap<>(AssetClass.class);
    @Size(max = 500)
    private String note;

    public static PlanForm of(Weights weights) {
        PlanForm form = new PlanForm();
        weights.fractions().forEach((asset, fraction) -> form.percents.put(asset,
                DisplayFormat.percentOf(fraction)));
        return form;
    }

    /** The weights, or null when they are not four percentages from 0 to 100 adding up to 100. */
    Weights weights() {
        Map<AssetClass, BigDecimal> fractions = new EnumMap<>(AssetClass.class);
        for (AssetClass asset : AssetClass.values()) {
            BigDecimal percent = percents.get(asset);
            if (percent == null || percent.scale() > 4) {
                return null;
            }
            fractions.put(asset, percent.movePointLeft(2));
        }
        try {
            return new Weights(fractions);
        } catch (IllegalArgumentException notAHundred) {
            return null;
        }
    }

    public Map<AssetClass, BigDecimal> getPercents() {
        return percents;
    }

    public void setPercents(Map<AssetClass, BigDecimal> percents) {
        this.percents = percents;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note == null || note.isBlank() ? null : note.trim();
    }
}
