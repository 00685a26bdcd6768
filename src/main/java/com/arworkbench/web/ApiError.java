package com.arworkbench.web;

/** The JSON body of every error answer: a short message and the explanation a user can act on. */
public record ApiError(String error, String detail) {
}
