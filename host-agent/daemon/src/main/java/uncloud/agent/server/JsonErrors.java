package uncloud.agent.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.List;
import uncloud.agent.ApiException;
import uncloud.agent.protocol.ProtocolViolation;

/** Turns Jackson's complaints into one-line 400 answers that name the field to fix. */
public final class JsonErrors {
    private JsonErrors() {}

    public static ApiException toApi(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping)) {
            return new ApiException(
                    400, "malformed_json", "the body is not valid JSON: " + e.getOriginalMessage(), null);
        }
        String path = path(mapping.getPath());
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new ApiException(400, "unknown_field", "unknown field \"" + unknown.getPropertyName() + "\"", path);
        }
        if (e instanceof ValueInstantiationException && e.getCause() instanceof ProtocolViolation violation) {
            String field = path.isEmpty() ? violation.field() : path + "." + violation.field();
            return ApiException.invalid(field, violation.getMessage());
        }
        if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
            String target = ((MismatchedInputException) e).getTargetType() == null
                    ? "value"
                    : ((MismatchedInputException) e).getTargetType().getSimpleName();
            return new ApiException(
                    400,
                    "wrong_type",
                    (path.isEmpty() ? "the body" : path) + " has the wrong type (expected " + describe(target) + ")",
                    path.isEmpty() ? null : path);
        }
        return new ApiException(400, "malformed_json", e.getOriginalMessage(), path.isEmpty() ? null : path);
    }

    private static String describe(String javaType) {
        return switch (javaType) {
            case "int", "long", "Integer", "Long" -> "an integer";
            case "String" -> "a string";
            case "boolean", "Boolean" -> "true or false";
            case "List" -> "an array";
            default -> "an object";
        };
    }

    static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
