package uncloud.client.sample;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Names and addresses of the countries a Swiss provider's customers live in. */
final class People {
    private People() {}

    static final List<String> FIRST_NAMES = List.of(
            "Anna",
            "Lukas",
            "Sophie",
            "Noah",
            "Léa",
            "Luca",
            "Mia",
            "Elias",
            "Laura",
            "Jonas",
            "Chloé",
            "Matteo",
            "Lena",
            "David",
            "Sara",
            "Nico",
            "Julia",
            "Samuel",
            "Emma",
            "Gabriel",
            "Nina",
            "Louis",
            "Lara",
            "Felix",
            "Zoé",
            "Leon",
            "Marie",
            "Tim",
            "Hannah",
            "Jan",
            "Clara",
            "Fabian",
            "Alina",
            "Simon",
            "Elena",
            "Marco",
            "Giulia",
            "Reto",
            "Ursula",
            "Beat",
            "Heidi",
            "Jürg",
            "Françoise",
            "Pierre",
            "Chiara",
            "Andrea",
            "Katharina",
            "Stefan",
            "Sabine",
            "Thomas",
            "Monika",
            "Markus",
            "Petra",
            "Christian",
            "Isabelle",
            "Nicolas",
            "Céline",
            "Florian",
            "Vanessa",
            "Dominik");

    static final List<String> LAST_NAMES = List.of(
            "Müller",
            "Meier",
            "Schmid",
            "Keller",
            "Weber",
            "Huber",
            "Schneider",
            "Meyer",
            "Steiner",
            "Fischer",
            "Gerber",
            "Brunner",
            "Baumann",
            "Frei",
            "Zimmermann",
            "Moser",
            "Widmer",
            "Wyss",
            "Graf",
            "Roth",
            "Dubois",
            "Martin",
            "Bernard",
            "Rochat",
            "Favre",
            "Bonvin",
            "Rossi",
            "Bernasconi",
            "Ferrari",
            "Bianchi",
            "Wagner",
            "Becker",
            "Hoffmann",
            "Schulz",
            "Koch",
            "Richter",
            "Klein",
            "Wolf",
            "Neumann",
            "Schwarz",
            "Gruber",
            "Bauer",
            "Pichler",
            "Hofer",
            "Leitner",
            "Fuchs",
            "Eder",
            "Lang",
            "Berger",
            "Lehmann",
            "Bühler",
            "Suter",
            "Marti",
            "Kälin",
            "Lüthi",
            "Odermatt",
            "Hürlimann",
            "Sutter",
            "Vogel",
            "Egli",
            "Girard",
            "Lambert",
            "Fontaine",
            "Chevalier",
            "Morel",
            "Perrin",
            "Marchetti",
            "Colombo",
            "Galli",
            "Vogt",
            "Kunz",
            "Ammann",
            "Blaser",
            "Zürcher",
            "Hess",
            "Tanner",
            "Arnold",
            "Stalder",
            "Jäggi",
            "Bieri");

    static final List<String> COMPANY_WORDS =
            List.of("Alpen", "Berg", "See", "Rhein", "Jura", "Aare", "Limmat", "Léman", "Tessin", "Engadin");

    static final List<String> COMPANY_KINDS = List.of("AG", "GmbH", "Sàrl", "SA", "Genossenschaft");

    static final List<String> STREETS = List.of(
            "Bahnhofstrasse",
            "Hauptstrasse",
            "Dorfstrasse",
            "Seestrasse",
            "Kirchweg",
            "Rue de la Gare",
            "Rue du Lac",
            "Via Cantonale",
            "Schulstrasse",
            "Industriestrasse",
            "Lindenweg",
            "Gartenstrasse");

    /** A place: country, postal code, city, and the weight of the country among customers. */
    record Place(String country, String postalCode, String city) {}

    static final List<Place> PLACES = List.of(
            new Place("CH", "8001", "Zürich"),
            new Place("CH", "8400", "Winterthur"),
            new Place("CH", "3011", "Bern"),
            new Place("CH", "4051", "Basel"),
            new Place("CH", "1204", "Genève"),
            new Place("CH", "1003", "Lausanne"),
            new Place("CH", "6900", "Lugano"),
            new Place("CH", "9000", "St. Gallen"),
            new Place("CH", "6003", "Luzern"),
            new Place("CH", "7000", "Chur"),
            new Place("DE", "10115", "Berlin"),
            new Place("DE", "80331", "München"),
            new Place("DE", "78462", "Konstanz"),
            new Place("DE", "79098", "Freiburg im Breisgau"),
            new Place("FR", "75001", "Paris"),
            new Place("FR", "68100", "Mulhouse"),
            new Place("FR", "74000", "Annecy"),
            new Place("AT", "1010", "Wien"),
            new Place("AT", "6900", "Bregenz"),
            new Place("AT", "6020", "Innsbruck"),
            new Place("IT", "20121", "Milano"),
            new Place("IT", "22100", "Como"),
            new Place("LI", "9490", "Vaduz"),
            new Place("NL", "1012", "Amsterdam"));

    /** Mostly Swiss customers, then the neighbours. */
    static Place place(Random random) {
        int roll = random.nextInt(100);
        int from;
        int to;
        if (roll < 55) {
            from = 0;
            to = 10;
        } else if (roll < 75) {
            from = 10;
            to = 14;
        } else if (roll < 84) {
            from = 14;
            to = 17;
        } else if (roll < 93) {
            from = 17;
            to = 20;
        } else if (roll < 97) {
            from = 20;
            to = 22;
        } else {
            from = 22;
            to = 24;
        }
        return PLACES.get(from + random.nextInt(to - from));
    }

    static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** An LDAP-friendly ASCII form: "Jürg Lüthi" → "juerg.luethi". */
    static String uidOf(String firstName, String lastName) {
        String joined = (firstName + "." + lastName)
                .toLowerCase(Locale.ROOT)
                .replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue");
        return Normalizer.normalize(joined, Normalizer.Form.NFD).replaceAll("[^a-z.]", "");
    }

    /** A WireGuard-shaped public key: 32 random bytes in base64. */
    static String wireGuardKey(Random random) {
        byte[] key = new byte[32];
        random.nextBytes(key);
        return java.util.Base64.getEncoder().encodeToString(key);
    }
}
