package org.annals.core.actor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the entity layer of a MEANTIME CAT file: every {@code ENTITY_MENTION} (its token anchors), the
 * {@code ENTITY} instance it {@code REFERS_TO} (which gives its type, PER/ORG/LOC/PRO/FIN, and its chain),
 * located in the text through the {@code .tokens.tsv} map ({@code t_id, sentence, start, end}, file offsets;
 * -1 for tokens not in the text).
 *
 * <p>Mentions outside the body (the title line, the dateline) are left out: Annals codes the body only.
 * A discontinuous mention is taken from its first to its last token.
 */
public final class MeantimeGold {

    private MeantimeGold() {
    }

    /**
     * The gold mentions of one article, in body offsets.
     *
     * @param bodyStart where the body starts in the text file the token map points into
     * @param bodyLength the body's length; mentions past it are dropped
     * @throws IOException if a file cannot be read or is malformed (the message names the file)
     */
    public static List<GoldMention> read(Path xml, Path tokens, int bodyStart, int bodyLength) throws IOException {
        Map<String, int[]> offsets = tokenOffsets(tokens);
        org.w3c.dom.Document dom = parse(xml);
        Map<String, Element> entities = new HashMap<>();
        NodeList ents = dom.getElementsByTagName("ENTITY");
        for (int i = 0; i < ents.getLength(); i++) {
            Element e = (Element) ents.item(i);
            entities.put(e.getAttribute("m_id"), e);
        }
        Map<String, String> chainOf = new HashMap<>();
        NodeList refs = dom.getElementsByTagName("REFERS_TO");
        for (int i = 0; i < refs.getLength(); i++) {
            Element r = (Element) refs.item(i);
            NodeList targets = r.getElementsByTagName("target");
            if (targets.getLength() == 0) {
                continue;
            }
            String target = ((Element) targets.item(0)).getAttribute("m_id");
            if (!entities.containsKey(target)) {
                continue; // an event instance
            }
            NodeList sources = r.getElementsByTagName("source");
            for (int k = 0; k < sources.getLength(); k++) {
                chainOf.putIfAbsent(((Element) sources.item(k)).getAttribute("m_id"), target);
            }
        }
        List<GoldMention> out = new ArrayList<>();
        NodeList mentions = dom.getElementsByTagName("ENTITY_MENTION");
        for (int i = 0; i < mentions.getLength(); i++) {
            Element m = (Element) mentions.item(i);
            NodeList anchors = m.getElementsByTagName("token_anchor");
            int start = Integer.MAX_VALUE;
            int end = -1;
            boolean inText = anchors.getLength() > 0;
            for (int k = 0; k < anchors.getLength(); k++) {
                String tid = ((Element) anchors.item(k)).getAttribute("t_id");
                int[] se = offsets.get(tid);
                if (se == null) {
                    throw new IOException(xml + ": mention " + m.getAttribute("m_id") + " anchors unknown token " + tid);
                }
                if (se[0] < 0) {
                    inText = false;
                    break;
                }
                start = Math.min(start, se[0]);
                end = Math.max(end, se[1]);
            }
            if (!inText || start < bodyStart || end > bodyStart + bodyLength) {
                continue;
            }
            String chain = chainOf.getOrDefault(m.getAttribute("m_id"), "");
            String type = chain.isEmpty() ? "" : entities.get(chain).getAttribute("ent_type");
            out.add(new GoldMention(start - bodyStart, end - bodyStart, type, chain));
        }
        return List.copyOf(out);
    }

    private static Map<String, int[]> tokenOffsets(Path tokens) throws IOException {
        Map<String, int[]> out = new HashMap<>();
        List<String> lines = Files.readAllLines(tokens, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] c = lines.get(i).split("\t");
            if (c.length != 4) {
                throw new IOException(tokens + ":" + (i + 1) + ": expected 4 cells (t_id, sentence, start, end)");
            }
            try {
                out.put(c[0], new int[] {Integer.parseInt(c[2]), Integer.parseInt(c[3])});
            } catch (NumberFormatException e) {
                throw new IOException(tokens + ":" + (i + 1) + ": offsets are not numbers");
            }
        }
        return out;
    }

    private static org.w3c.dom.Document parse(Path xml) throws IOException {
        try (InputStream in = Files.newInputStream(xml)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(in);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(xml + ": not a readable CAT file: " + e.getMessage(), e);
        }
    }
}
