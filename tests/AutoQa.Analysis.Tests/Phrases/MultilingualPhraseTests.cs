using AutoQa.Events;
using AutoQa.Transcripts;

namespace AutoQa.Analysis.Tests.Phrases;

public sealed class MultilingualPhraseTests
{
    [Fact]
    public void A_restated_need_holding_je_comprends_is_attention_not_empathy()
    {
        var analysis = Some.Call(language: "fr").Agent(20, "Si je comprends bien, le mixeur fait un bruit très fort, c'est bien ça ?").Analyze();

        Assert.Single(analysis.Of(QaEventKind.Attention));
        Assert.Empty(analysis.Of(QaEventKind.Empathy));
    }

    [Theory]
    [InlineData("en", "Look, I'll just give you a full refund, no need to return it.")]
    [InlineData("en", "Keep the blender, I'm refunding you in full, you don't have to send it back.")]
    [InlineData("de", "Wissen Sie was, ich erstatte Ihnen den vollen Betrag, Sie müssen nichts zurückschicken.")]
    [InlineData("fr", "Écoutez, je vous rembourse intégralement, pas besoin de le renvoyer.")]
    [InlineData("es", "Mire, le devuelvo todo el dinero, no hace falta que lo devuelva.")]
    public void A_refund_without_a_return_is_a_red_line_in_every_language(string language, string text) =>
        Assert.Equal(RedLineKinds.RefundWithoutReturn, Assert.Single(Some.Call(language: language).Agent(20, text).Analyze().Of(QaEventKind.RedLine)).Detail);

    // A product called "not an original product" is called not genuine, and "your problem, not mine" is dismissive,
    // whatever else the sentence holds. Card details are asked for in many words.
    [Theory]
    [InlineData("en", "Give me your card number and the expiry date.", RedLineKinds.CardNumber)]
    [InlineData("en", "What's your sixteen digit card number?", RedLineKinds.CardNumber)]
    [InlineData("en", "Can I get the full number on your credit card?", RedLineKinds.CardNumber)]
    [InlineData("en", "Could you read out the long number across the front of the card?", RedLineKinds.CardNumber)]
    [InlineData("en", "I need the CVV2 code please.", RedLineKinds.CardNumber)]
    [InlineData("en", "I'll need the c v v as well.", RedLineKinds.CardNumber)]
    [InlineData("de", "Wie lautet Ihre Kreditkartennummer?", RedLineKinds.CardNumber)]
    [InlineData("de", "Nennen Sie mir bitte die Prüfziffer auf der Rückseite Ihrer Karte.", RedLineKinds.CardNumber)]
    [InlineData("fr", "Donnez-moi les trois chiffres au dos de votre carte.", RedLineKinds.CardNumber)]
    [InlineData("fr", "Quel est le numéro de votre carte bancaire ?", RedLineKinds.CardNumber)]
    [InlineData("es", "¿Cuál es el número de su tarjeta de crédito?", RedLineKinds.CardNumber)]
    [InlineData("es", "Dígame los tres dígitos del reverso de su tarjeta.", RedLineKinds.CardNumber)]
    [InlineData("es", "Léame el código de seguridad de atrás, por favor.", RedLineKinds.CardNumber)]
    [InlineData("es", "¿Me da el código de seguridad de su tarjeta?", RedLineKinds.CardNumber)]
    [InlineData("fr", "Donnez-moi le cryptogramme visuel, s'il vous plaît.", RedLineKinds.CardNumber)]
    [InlineData("fr", "Lisez-moi le code de sécurité au dos de votre carte.", RedLineKinds.CardNumber)]
    [InlineData("de", "Nennen Sie mir den Sicherheitscode auf der Rückseite.", RedLineKinds.CardNumber)]
    [InlineData("de", "Ich brauche noch Ihre Kartenprüfnummer.", RedLineKinds.CardNumber)]
    [InlineData("en", "Don't bother sending it back, I'll refund you.", RedLineKinds.RefundWithoutReturn)]
    [InlineData("en", "Look, I don't have time for this.", RedLineKinds.Rudeness)]
    [InlineData("fr", "À mon avis, ce n'est pas un produit authentique.", RedLineKinds.NotGenuine)]
    [InlineData("es", "Creo que no es un producto original.", RedLineKinds.NotGenuine)]
    [InlineData("es", "Sinceramente, no es un producto auténtico.", RedLineKinds.NotGenuine)]
    [InlineData("de", "Das ist wohl kein echtes Produkt.", RedLineKinds.NotGenuine)]
    [InlineData("en", "Sorry, your problem, not mine.", RedLineKinds.Rudeness)]
    [InlineData("de", "Tut mir leid, Ihr Problem, nicht meins.", RedLineKinds.Rudeness)]
    [InlineData("es", "Lo siento, su problema, no el mío.", RedLineKinds.Rudeness)]
    public void A_red_line_in_other_words_is_one(string language, string text, string kind) =>
        Assert.Equal(kind, Assert.Single(Some.Call(language: language).Agent(20, text).Analyze().Of(QaEventKind.RedLine)).Detail);

    [Theory]
    [InlineData("en", "Not a problem, I'll sort that out for you.")]
    [InlineData("en", "That's a problem, let me fix it right away.")]
    [InlineData("de", "Das ist ein Problem, das wir sofort lösen.")]
    [InlineData("fr", "Ce n'est pas un problème, je m'en occupe.")]
    [InlineData("es", "No es un problema, lo resuelvo ahora mismo.")]
    [InlineData("en", "Please return it and I'll refund you as soon as it arrives.")]
    [InlineData("en", "I can knock off ten percent for the trouble.")]
    [InlineData("en", "I don't have all the details yet, one moment.")]
    [InlineData("en", "What's wrong with your blender exactly?")]
    [InlineData("de", "Sie müssen es nicht ausdrucken, der Code reicht.")]
    [InlineData("fr", "Je vous l'ai déjà envoyé par e-mail.")]
    [InlineData("fr", "Pouvez-vous me donner le numéro complet de votre commande ?")]
    [InlineData("es", "No tengo todo el historial del pedido aquí.")]
    [InlineData("en", "For your security, we will never ask for your full card number or the CVV.")] // disclaimers
    [InlineData("de", "Zu Ihrer Sicherheit fragen wir niemals nach Ihrer vollständigen Kartennummer.")]
    [InlineData("fr", "Pour votre sécurité, nous ne vous demanderons jamais votre numéro de carte complet.")]
    [InlineData("es", "Por su seguridad, nunca le pediremos el número completo de la tarjeta.")]
    [InlineData("es", "Le enviamos un código de seguridad por SMS para confirmar el cambio.")] // a one-time code
    [InlineData("fr", "Vous allez recevoir un code de sécurité par SMS.")]
    [InlineData("de", "Sie erhalten gleich einen Sicherheitscode per SMS.")]
    public void Ordinary_service_words_and_disclaimers_are_no_red_line(string language, string text) =>
        Assert.Empty(Some.Call(language: language).Agent(20, text).Analyze().Of(QaEventKind.RedLine));

    // Agents verify a card by its last digits: asking for them is no request for the full number.
    [Theory]
    [InlineData("en", "Can you confirm the last four digits of your card number?")]
    [InlineData("en", "Just the last 4 digits of the card, please.")]
    [InlineData("de", "Können Sie mir die letzten vier Ziffern Ihrer Kartennummer nennen?")]
    [InlineData("de", "Nur die letzten vier Stellen Ihrer Kreditkartennummer, bitte.")]
    [InlineData("fr", "Pouvez-vous me donner les quatre derniers chiffres de votre numéro de carte ?")]
    [InlineData("es", "¿Me puede dar los últimos cuatro dígitos de su número de tarjeta?")]
    public void The_last_digits_of_a_card_are_no_request(string language, string text) =>
        Assert.Empty(Some.Call(language: language).Agent(20, text).Analyze().Of(QaEventKind.RedLine));

    [Theory]
    [InlineData("en", "Check if the card information provided is accurate, including the card number, expiration date, and CVV code.")]
    [InlineData("en", "Please make sure the CVV you entered on the payment page is the one on the back of your card.")]
    [InlineData("en", "You can type in your full card number on your phone's keypad now.")]
    [InlineData("de", "Bitte prüfen Sie, ob Sie Ihre Kartennummer und die Prüfnummer richtig eingegeben haben.")]
    [InlineData("fr", "Vérifiez que votre numéro de carte et le cryptogramme sont bien saisis sur la page de paiement.")]
    [InlineData("es", "Compruebe que ha introducido bien su número de tarjeta y el código CVV en el formulario.")]
    public void Card_details_typed_into_a_form_or_keypad_are_no_request(string language, string text) =>
        Assert.Empty(Some.Call(language: language).Agent(20, text).Analyze().Of(QaEventKind.RedLine));

    [Theory]
    [InlineData("en", "Can you read me the full card number you entered on the payment page?")]
    [InlineData("en", "I'll need the CVV you typed, just tell me the three digits.")]
    [InlineData("en", "Check the payment page. Now read me your full card number.")] // the form is another sentence's
    [InlineData("de", "Lesen Sie mir bitte Ihre Kartennummer vor, die Sie eingegeben haben.")]
    [InlineData("fr", "Pouvez-vous me donner votre numéro de carte que vous avez saisi ?")]
    [InlineData("es", "Léame el número de tarjeta que ha introducido, por favor.")]
    public void Asking_to_hear_card_details_from_a_form_is_a_request(string language, string text) =>
        Assert.Equal(RedLineKinds.CardNumber, Assert.Single(Some.Call(language: language).Agent(20, text).Analyze().Of(QaEventKind.RedLine)).Detail);

    // Written support answers (the Bitext sample) apologise in the company's name and thank for understanding: 73 of
    // its 575 sentences with "sorry", "apologize" or "apologies" read as no empathy while the packs knew only "I
    // apologise", and 8 of 177 thanking for patience or understanding as no respect; none does now.
    [Theory]
    [InlineData("en", "We apologize for any inconvenience caused.", QaEventKind.Empathy)]
    [InlineData("en", "I sincerely apologize for any confusion.", QaEventKind.Empathy)]
    [InlineData("en", "Apologies for any difficulties you encountered.", QaEventKind.Empathy)]
    [InlineData("de", "Wir entschuldigen uns für die Verzögerung.", QaEventKind.Empathy)]
    [InlineData("fr", "Nous nous excusons pour ce retard.", QaEventKind.Empathy)]
    [InlineData("es", "Nos disculpamos por el retraso.", QaEventKind.Empathy)]
    [InlineData("en", "I appreciate your understanding.", QaEventKind.Respect)]
    [InlineData("de", "Danke für Ihr Verständnis.", QaEventKind.Respect)]
    [InlineData("fr", "Merci de votre compréhension.", QaEventKind.Respect)]
    [InlineData("es", "Gracias por su comprensión.", QaEventKind.Respect)]
    public void Apologies_in_the_company_s_name_and_thanks_for_understanding_are_ear_markers(string language, string text, QaEventKind kind) =>
        Assert.Single(Some.Call(language: language).Agent(20, text).Analyze().Of(kind));

    [Fact]
    public void A_disclaimer_in_another_clause_leaves_the_request_a_red_line()
    {
        var analysis = Some.Call().Agent(20, "We never ask for that by email, but can you read me your full card number now?").Analyze();

        Assert.Equal(RedLineKinds.CardNumber, Assert.Single(analysis.Of(QaEventKind.RedLine)).Detail);
    }

    [Fact]
    public void A_customer_s_words_are_not_read_as_the_agent_s_phrases()
    {
        // "bin so enttäuscht" is a word away from the agent's empathy "Sie so enttäuscht", which would hide the frustration.
        var analysis = Some.Call(language: "de").Customer(20, "Ich bin so enttäuscht.").Analyze();

        Assert.Single(analysis.Of(QaEventKind.CustomerFrustration));
        Assert.Empty(analysis.Of(QaEventKind.Empathy));
    }

    [Theory]
    [InlineData("en", "Thank for patience, I'm back with you now.")]
    [InlineData("de", "Vielen für Geduld, ich bin wieder da.")]
    [InlineData("fr", "Merci pour patience, je suis de retour.")]
    [InlineData("es", "Gracias por paciencia, ya estoy con usted.")]
    public void Thanks_for_patience_that_lost_words_is_still_respect(string language, string text) =>
        Assert.Single(Some.Call(language: language).Agent(20, text).Analyze().Of(QaEventKind.Respect));

    [Theory]
    [InlineData("fr", "Juste pour être sûre, le mixeur ne marche plus au bout d'une semaine ?")]
    [InlineData("es", "Entonces, la tostadora dejó de funcionar al cabo de una semana, ¿correcto?")]
    public void A_time_after_which_something_broke_is_no_deadline(string language, string text) =>
        Assert.Empty(Some.Call(language: language).Agent(20, text).Analyze().Of(QaEventKind.Deadline));

    [Theory]
    [InlineData("de", "Sie bekommen gleich eine kurze Umfrage per E-Mail, wir würden uns über Ihre Bewertung freuen.")]
    [InlineData("fr", "Vous allez recevoir un petit questionnaire par e-mail, votre avis nous aiderait beaucoup.")]
    public void A_survey_sent_by_email_is_a_review_invitation_not_further_support(string language, string text)
    {
        var analysis = Some.Call(60, language).Agent(50, text).Analyze();

        Assert.Single(analysis.Of(QaEventKind.ReviewInvitation));
        Assert.Empty(analysis.Of(QaEventKind.FurtherSupport));
    }

    [Fact]
    public void Super_is_not_a_misspelt_sauer()
    {
        var analysis = Some.Call(60, "de").Customer(50, "Super, damit ist das Problem gelöst, vielen Dank.").Analyze();

        Assert.Empty(analysis.Of(QaEventKind.CustomerFrustration));
        Assert.Single(Some.Call(60, "de").Customer(50, "Ich bin wirklich sauer.").Analyze().Of(QaEventKind.CustomerFrustration, Speaker.Customer));
    }
}
