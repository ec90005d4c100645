package org.opencounter.clients.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.opencounter.clients.kyc.BankCardNumber;
import org.opencounter.clients.kyc.CreditCode;
import org.opencounter.clients.kyc.ResidentIdNumber;

/** Made-up but valid demo identities: names, resident ID numbers, credit codes, mobiles and bank cards. */
final class DemoPeople {

    private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴",
            "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于");
    private static final List<String> GIVEN = List.of("伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋",
            "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "建华", "晓东", "海燕", "志强",
            "丽华", "文博", "思远", "雨欣", "子涵", "浩然", "嘉怡", "一鸣", "书瑶", "宇航");
    private static final List<String> COMPANIES = List.of("浦江资本", "恒远投资", "启明科技", "华信实业", "东方瑞丰",
            "景程创投", "融鑫资产", "长青控股", "海川贸易", "鼎盛私募基金", "中和精密", "博远医药", "新锐能源", "汇丰泰");
    private static final String CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private final Random random;

    DemoPeople(Random random) {
        this.random = random;
    }

    String personName() {
        return pick(SURNAMES) + pick(GIVEN);
    }

    String companyName(String city) {
        return city + pick(COMPANIES) + "有限公司";
    }

    LocalDate birthDate() {
        return LocalDate.of(1950 + random.nextInt(52), 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    /** A valid resident ID number for the area, birth date and gender. */
    String residentId(String areaCode, LocalDate birthDate, boolean male) {
        int sequence = random.nextInt(500) * 2 + (male ? 1 : 0);
        String first17 = areaCode + birthDate.toString().replace("-", "") + String.format("%03d", sequence);
        return new ResidentIdNumber(first17 + ResidentIdNumber.checkCharacter(first17)).value();
    }

    /** A valid unified social credit code of an enterprise (91) registered in the area. */
    String creditCode(String areaCode) {
        StringBuilder code = new StringBuilder("91").append(areaCode);
        for (int i = 0; i < 9; i++) {
            code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return new CreditCode(code.toString() + CreditCode.checkCharacter(code.toString())).value();
    }

    String mobile() {
        return "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
    }

    /** A masked, Luhn-valid 19-digit card number. */
    String maskedCard() {
        String body = "622202" + String.format("%012d", (long) (random.nextDouble() * 1_000_000_000_000L));
        for (int check = 0; check <= 9; check++) {
            if (BankCardNumber.problem(body + check).isEmpty()) {
                return new BankCardNumber(body + check).masked();
            }
        }
        throw new IllegalStateException("no Luhn digit for " + body);
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
