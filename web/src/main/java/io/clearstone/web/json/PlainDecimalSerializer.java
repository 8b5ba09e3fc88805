package io.clearstone.web.json;

import java.math.BigDecimal;
import java.math.BigInteger;

import jakarta.json.JsonNumber;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;

/**
 * Writes every {@link BigDecimal} as a plain JSON number: {@code 0.000000}, {@code 0.00000001}, never {@code 0E-18}
 * or {@code 1E-8}. JSON-B writes {@code BigDecimal.toString()}, which turns to exponent notation for small or zero
 * values with many decimals; many clients (and people) misread those. The value's scale is kept: the domain decides
 * it (a ledger amount at its asset's scale).
 */
public final class PlainDecimalSerializer implements JsonbSerializer<BigDecimal> {

    @Override
    public void serialize(BigDecimal value, JsonGenerator generator, SerializationContext context) {
        generator.write(new PlainNumber(value));
    }

    /** A JSON number whose text is the plain form; the generator writes a number's {@code toString()}. */
    record PlainNumber(BigDecimal value) implements JsonNumber {

        @Override
        public String toString() {
            return value.toPlainString();
        }

        @Override
        public boolean isIntegral() {
            return value.scale() == 0;
        }

        @Override
        public int intValue() {
            return value.intValue();
        }

        @Override
        public int intValueExact() {
            return value.intValueExact();
        }

        @Override
        public long longValue() {
            return value.longValue();
        }

        @Override
        public long longValueExact() {
            return value.longValueExact();
        }

        @Override
        public BigInteger bigIntegerValue() {
            return value.toBigInteger();
        }

        @Override
        public BigInteger bigIntegerValueExact() {
            return value.toBigIntegerExact();
        }

        @Override
        public double doubleValue() {
            return value.doubleValue();
        }

        @Override
        public BigDecimal bigDecimalValue() {
            return value;
        }

        @Override
        public ValueType getValueType() {
            return ValueType.NUMBER;
        }
    }
}
