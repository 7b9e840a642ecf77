package org.coproduce.problems;

/** Plain explanations of the statuses the runtime raises by itself. */
final class StatusTexts {

    private StatusTexts() {
    }

    static String detail(int status) {
        return switch (status) {
            case 400 -> "The request is not valid.";
            case 401 -> "Log in first.";
            case 403 -> "You may not do this.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept this method: see the Allow header.";
            case 406 -> "This address cannot answer in the media type asked for.";
            case 413 -> "The request body is too large.";
            case 415 -> "This address does not accept this content type: send application/json.";
            case 429 -> "Too many requests: try again later (see Retry-After).";
            case 503 -> "The service is temporarily unavailable: try again shortly (see Retry-After).";
            default -> "The request could not be handled.";
        };
    }
}
