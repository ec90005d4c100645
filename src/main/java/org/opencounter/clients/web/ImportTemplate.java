package org.opencounter.clients.web;

/** The client import file's columns, with one valid example row to copy. */
public final class ImportTemplate {

    public static final String CSV = """
            name,id_type,id_number,id_expiry,gender,birth_date,nationality,mobile,address,occupation,employer,\
            income_band,education,source_of_funds,financial_assets,average_income,investment_years,owner_username,bank,\
            card_number
            张伟,RESIDENT_ID,310115199003071239,2035-06-30,MALE,1990-03-07,CHN,13812345678,上海市浦东新区世纪大道100号,\
            OFFICE_WORKER,某科技公司,FROM_300K_TO_500K,BACHELOR,SALARY,800000,400000,5,advisor,ICBC,6222020200112345679
            """;

    private ImportTemplate() {
    }
}
