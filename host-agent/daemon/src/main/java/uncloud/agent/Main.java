package uncloud.agent;

/** Entry point of {@code uncloud-agent}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.err.println("uncloud-agent: no command given");
        System.exit(2);
    }
}
