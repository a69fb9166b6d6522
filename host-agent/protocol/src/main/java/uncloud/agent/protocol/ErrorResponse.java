package uncloud.agent.protocol;

/** Every error body: {@code {"error":{"code":…,"message":…,"field":…}}}. */
public record ErrorResponse(Error error) {
    /**
     * @param code stable machine word, e.g. {@code invalid}, {@code unknown_field}, {@code conflict}, {@code command_failed}
     * @param message one line for the person at the console
     * @param field the JSON path of the offending field, or null
     */
    public record Error(String code, String message, String field) {}

    public static ErrorResponse of(String code, String message, String field) {
        return new ErrorResponse(new Error(code, message, field));
    }
}
