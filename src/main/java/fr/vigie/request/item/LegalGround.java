package fr.vigie.request.item;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import fr.vigie.deadline.Regime;
import fr.vigie.deadline.Text;

/**
 * Every legal ground a body may give for refusing a document (or blacking out part of it), per regime, with the
 * article it rests on and a plain label in French and English. This file is the table a lawyer reviews: one line
 * a ground, in the order of the law. A refusal or a redaction names grounds of its own request's regime only.
 *
 * <p>Alinéa numbers are cited only where the text numbers them itself (1°, 2° a...); for L311-2 CRPA the grounds
 * cite the article, the paragraph being named by its content.
 */
public enum LegalGround {

    // ---------------------------------------------------------------- France, CRPA (documents administratifs)
    CRPA_L311_5_1(Regime.FR_CRPA, "L311-5 1° CRPA",
            "document exclu par nature (avis du Conseil d'État et des juridictions administratives, documents de la Cour des comptes, de l'Autorité de la concurrence, de la HATVP, de la CNIL...)",
            "document excluded by nature (opinions of the Conseil d'État and administrative courts, documents of the Cour des comptes, the competition authority, the HATVP, the CNIL...)"),
    CRPA_L311_5_2_A(Regime.FR_CRPA, "L311-5 2° a CRPA",
            "secret des délibérations du Gouvernement et des autorités du pouvoir exécutif",
            "secrecy of the deliberations of the Government and of executive authorities"),
    CRPA_L311_5_2_B(Regime.FR_CRPA, "L311-5 2° b CRPA", "secret de la défense nationale", "national defence secrecy"),
    CRPA_L311_5_2_C(Regime.FR_CRPA, "L311-5 2° c CRPA", "conduite de la politique extérieure de la France",
            "conduct of France's foreign policy"),
    CRPA_L311_5_2_D(Regime.FR_CRPA, "L311-5 2° d CRPA",
            "sûreté de l'État, sécurité publique, sécurité des personnes ou sécurité des systèmes d'information",
            "State security, public safety, the safety of persons or the security of information systems"),
    CRPA_L311_5_2_E(Regime.FR_CRPA, "L311-5 2° e CRPA", "monnaie et crédit public", "currency and public credit"),
    CRPA_L311_5_2_F(Regime.FR_CRPA, "L311-5 2° f CRPA",
            "déroulement des procédures engagées devant les juridictions (ou préliminaires à celles-ci)",
            "the course of proceedings before the courts (or preliminary to them)"),
    CRPA_L311_5_2_G(Regime.FR_CRPA, "L311-5 2° g CRPA", "recherche et prévention des infractions de toute nature",
            "the search for and prevention of offences of any kind"),
    CRPA_L311_5_2_H(Regime.FR_CRPA, "L311-5 2° h CRPA", "autres secrets protégés par la loi", "other secrets protected by law"),
    CRPA_L311_6_1_PRIVACY(Regime.FR_CRPA, "L311-6 1° CRPA", "secret de la vie privée", "privacy"),
    CRPA_L311_6_1_MEDICAL(Regime.FR_CRPA, "L311-6 1° CRPA", "secret médical", "medical secrecy"),
    CRPA_L311_6_1_BUSINESS(Regime.FR_CRPA, "L311-6 1° CRPA", "secret des affaires", "business secrecy"),
    CRPA_L311_6_2(Regime.FR_CRPA, "L311-6 2° CRPA",
            "appréciation ou jugement de valeur sur une personne physique identifiable",
            "a value judgement on an identifiable person"),
    CRPA_L311_6_3(Regime.FR_CRPA, "L311-6 3° CRPA",
            "comportement d'une personne dont la divulgation pourrait lui porter préjudice",
            "a person's behaviour whose disclosure could harm them"),
    CRPA_L311_2_UNFINISHED(Regime.FR_CRPA, "L311-2 CRPA", "document inachevé", "unfinished document"),
    CRPA_L311_2_PREPARATORY(Regime.FR_CRPA, "L311-2 CRPA",
            "document préparatoire à une décision en cours d'élaboration",
            "document preparatory to a decision still being made"),
    CRPA_L311_2_ABUSIVE(Regime.FR_CRPA, "L311-2 CRPA", "demande abusive (nombre, caractère répétitif ou systématique)",
            "abusive request (number, repetitive or systematic character)"),
    CRPA_L311_2_PUBLISHED(Regime.FR_CRPA, "L311-2 CRPA", "document ayant fait l'objet d'une diffusion publique",
            "document already published"),

    // ---------------------------------------------------------------- personal data (GDPR, loi Informatique et Libertés)
    GDPR_ART_15_4(Regime.FR_GDPR, "art. 15(4) RGPD", "droits et libertés d'autrui (copie)",
            "the rights and freedoms of others (copy)"),
    GDPR_ART_12_5(Regime.FR_GDPR, "art. 12(5) RGPD", "demande manifestement infondée ou excessive",
            "manifestly unfounded or excessive request"),
    GDPR_ART_23_1_A(Regime.FR_GDPR, "art. 23(1)(a) RGPD", "limitation légale : sécurité nationale",
            "restriction by law: national security"),
    GDPR_ART_23_1_B(Regime.FR_GDPR, "art. 23(1)(b) RGPD", "limitation légale : défense nationale",
            "restriction by law: defence"),
    GDPR_ART_23_1_C(Regime.FR_GDPR, "art. 23(1)(c) RGPD", "limitation légale : sécurité publique",
            "restriction by law: public security"),
    GDPR_ART_23_1_D(Regime.FR_GDPR, "art. 23(1)(d) RGPD",
            "limitation légale : prévention et détection des infractions, enquêtes et poursuites",
            "restriction by law: prevention, investigation and prosecution of criminal offences"),
    GDPR_ART_23_1_E(Regime.FR_GDPR, "art. 23(1)(e) RGPD", "limitation légale : autre objectif important d'intérêt public",
            "restriction by law: other important objective of general public interest"),
    GDPR_ART_23_1_I(Regime.FR_GDPR, "art. 23(1)(i) RGPD", "limitation légale : protection de la personne ou des droits d'autrui",
            "restriction by law: protection of the data subject or the rights of others"),
    LIL_ART_107(Regime.FR_GDPR, "art. 107 loi n° 78-17",
            "fichier de police ou de justice : droit d'accès restreint (directive 2016/680)",
            "police or justice file: right of access restricted (Directive 2016/680)"),
    LIL_ART_118(Regime.FR_GDPR, "art. 118 loi n° 78-17",
            "fichier intéressant la sûreté de l'État, la défense ou la sécurité publique : accès indirect par la CNIL",
            "file concerning State security, defence or public safety: indirect access through the CNIL"),

    // ---------------------------------------------------------------- United States, FOIA 5 U.S.C. 552(b)
    US_B1(Regime.US_FOIA, "5 U.S.C. 552(b)(1)", "secret défense (classifié par décret présidentiel)",
            "classified national defense or foreign policy information"),
    US_B2(Regime.US_FOIA, "5 U.S.C. 552(b)(2)", "règles et pratiques internes du personnel",
            "internal personnel rules and practices"),
    US_B3(Regime.US_FOIA, "5 U.S.C. 552(b)(3)", "exempté par une autre loi", "exempted by another statute"),
    US_B4(Regime.US_FOIA, "5 U.S.C. 552(b)(4)", "secrets commerciaux, informations commerciales ou financières confidentielles",
            "trade secrets and confidential commercial or financial information"),
    US_B5(Regime.US_FOIA, "5 U.S.C. 552(b)(5)", "échanges internes privilégiés (délibération, avocat)",
            "privileged inter- or intra-agency communications"),
    US_B6(Regime.US_FOIA, "5 U.S.C. 552(b)(6)", "atteinte manifestement injustifiée à la vie privée (dossiers personnels, médicaux)",
            "clearly unwarranted invasion of personal privacy (personnel, medical files)"),
    US_B7(Regime.US_FOIA, "5 U.S.C. 552(b)(7)", "dossiers constitués à des fins d'application de la loi",
            "records compiled for law enforcement purposes"),
    US_B8(Regime.US_FOIA, "5 U.S.C. 552(b)(8)", "contrôle des institutions financières", "supervision of financial institutions"),
    US_B9(Regime.US_FOIA, "5 U.S.C. 552(b)(9)", "informations géologiques sur les puits", "geological information on wells"),

    // ---------------------------------------------------------------- United Kingdom, FOIA 2000 Part II (and s.12, s.14)
    UK_S12(Regime.UK_FOIA, "FOIA 2000 s.12", "coût au-delà du plafond", "cost of compliance exceeds the limit"),
    UK_S14(Regime.UK_FOIA, "FOIA 2000 s.14", "demande vexatoire ou répétée", "vexatious or repeated request"),
    UK_S21(Regime.UK_FOIA, "FOIA 2000 s.21", "information accessible par d'autres moyens",
            "information accessible by other means"),
    UK_S22(Regime.UK_FOIA, "FOIA 2000 s.22", "publication future prévue", "information intended for future publication"),
    UK_S22A(Regime.UK_FOIA, "FOIA 2000 s.22A", "recherche en cours", "research"),
    UK_S23(Regime.UK_FOIA, "FOIA 2000 s.23", "services de sécurité", "information supplied by or concerning security bodies"),
    UK_S24(Regime.UK_FOIA, "FOIA 2000 s.24", "sécurité nationale", "national security"),
    UK_S26(Regime.UK_FOIA, "FOIA 2000 s.26", "défense", "defence"),
    UK_S27(Regime.UK_FOIA, "FOIA 2000 s.27", "relations internationales", "international relations"),
    UK_S28(Regime.UK_FOIA, "FOIA 2000 s.28", "relations au sein du Royaume-Uni", "relations within the United Kingdom"),
    UK_S29(Regime.UK_FOIA, "FOIA 2000 s.29", "économie", "the economy"),
    UK_S30(Regime.UK_FOIA, "FOIA 2000 s.30", "enquêtes et procédures des autorités publiques",
            "investigations and proceedings by public authorities"),
    UK_S31(Regime.UK_FOIA, "FOIA 2000 s.31", "application de la loi", "law enforcement"),
    UK_S32(Regime.UK_FOIA, "FOIA 2000 s.32", "pièces de procédure judiciaire", "court records"),
    UK_S33(Regime.UK_FOIA, "FOIA 2000 s.33", "fonctions d'audit", "audit functions"),
    UK_S34(Regime.UK_FOIA, "FOIA 2000 s.34", "privilège parlementaire", "parliamentary privilege"),
    UK_S35(Regime.UK_FOIA, "FOIA 2000 s.35", "élaboration de la politique du gouvernement", "formulation of government policy"),
    UK_S36(Regime.UK_FOIA, "FOIA 2000 s.36", "atteinte à la bonne conduite des affaires publiques",
            "prejudice to effective conduct of public affairs"),
    UK_S37(Regime.UK_FOIA, "FOIA 2000 s.37", "communications avec la Couronne, distinctions honorifiques",
            "communications with the Sovereign, honours"),
    UK_S38(Regime.UK_FOIA, "FOIA 2000 s.38", "santé et sécurité", "health and safety"),
    UK_S39(Regime.UK_FOIA, "FOIA 2000 s.39", "information environnementale (EIR 2004)", "environmental information (EIR 2004)"),
    UK_S40(Regime.UK_FOIA, "FOIA 2000 s.40", "données personnelles", "personal information"),
    UK_S41(Regime.UK_FOIA, "FOIA 2000 s.41", "information fournie à titre confidentiel", "information provided in confidence"),
    UK_S42(Regime.UK_FOIA, "FOIA 2000 s.42", "secret professionnel de l'avocat", "legal professional privilege"),
    UK_S43(Regime.UK_FOIA, "FOIA 2000 s.43", "intérêts commerciaux", "commercial interests"),
    UK_S44(Regime.UK_FOIA, "FOIA 2000 s.44", "divulgation interdite par une autre loi", "prohibitions on disclosure"),

    // ---------------------------------------------------------------- Germany, IFG §§ 3-6
    DE_3_1(Regime.DE_IFG, "§ 3 Nr. 1 IFG",
            "effets négatifs sur les relations internationales, la défense, la sécurité intérieure ou extérieure...",
            "adverse effects on international relations, military matters, internal or external security..."),
    DE_3_2(Regime.DE_IFG, "§ 3 Nr. 2 IFG", "mise en danger de la sécurité publique", "endangering public safety"),
    DE_3_3(Regime.DE_IFG, "§ 3 Nr. 3 IFG", "confidentialité des négociations internationales ou des délibérations des autorités",
            "confidentiality of international negotiations or of authorities' deliberations"),
    DE_3_4(Regime.DE_IFG, "§ 3 Nr. 4 IFG", "obligation de secret légale, secret professionnel ou de fonction",
            "statutory secrecy, professional or official secrecy"),
    DE_3_5(Regime.DE_IFG, "§ 3 Nr. 5 IFG", "information d'une autre autorité consultée temporairement",
            "information of another authority consulted temporarily"),
    DE_3_6(Regime.DE_IFG, "§ 3 Nr. 6 IFG", "intérêts fiscaux de la Fédération", "fiscal interests of the Federation"),
    DE_3_7(Regime.DE_IFG, "§ 3 Nr. 7 IFG", "information recueillie ou transmise à titre confidentiel",
            "information obtained or transmitted in confidence"),
    DE_3_8(Regime.DE_IFG, "§ 3 Nr. 8 IFG", "services de renseignement", "intelligence services"),
    DE_4(Regime.DE_IFG, "§ 4 IFG", "processus de décision en cours (projets, travaux préparatoires)",
            "decision-making in progress (drafts, preparatory work)"),
    DE_5(Regime.DE_IFG, "§ 5 IFG", "données personnelles", "personal data"),
    DE_6_IP(Regime.DE_IFG, "§ 6 Satz 1 IFG", "propriété intellectuelle", "intellectual property"),
    DE_6_TRADE(Regime.DE_IFG, "§ 6 Satz 2 IFG", "secrets d'affaires et de fabrication", "trade and business secrets");

    private final Regime regime;
    private final String article;
    private final Text label;

    LegalGround(Regime regime, String article, String labelFr, String labelEn) {
        this.regime = regime;
        this.article = article;
        this.label = new Text(labelFr, labelEn);
    }

    public Regime regime() {
        return regime;
    }

    /** The article, as a lawyer cites it ("L311-5 2° d CRPA"). */
    public String article() {
        return article;
    }

    public Text label() {
        return label;
    }

    /** "L311-5 2° d CRPA — sûreté de l'État, ..." in the reader's language. */
    public String cited(Locale locale) {
        return article + " — " + label.in(locale);
    }

    /** The grounds of one regime, in the order of the law. */
    public static List<LegalGround> of(Regime regime) {
        return Arrays.stream(values()).filter(g -> g.regime == regime).toList();
    }
}
