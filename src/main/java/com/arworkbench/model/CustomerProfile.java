package com.arworkbench.model;

import java.math.BigDecimal;

/**
 * A customer master record: who to write to and what the customer may be charged. Every field but
 * the customer may be null.
 *
 * @param dunningBlock null when the customer may be dunned, else "yes" or the block reason
 * @param bankAccount  the customer's IBAN or bank account, to recognise its payments (spaces removed)
 */
public record CustomerProfile(long sourceRow, Customer customer, String contactName, String email, String ccEmail,
                              String phone, String language, String paymentTerms, BigDecimal creditLimit,
                              String collector, String dunningBlock, String bankAccount) {
}
