// Every Night — the whole story, from the cold open to the reunion.
// Conventions and the tag vocabulary: docs/architecture.md. How to write here: docs/writing.md.
// Narration is present tense and stays close on Buffy. "Buffy:" and "Spike:" lines are spoken.

// ---------------------------------------------------------------------------------------------
// What she has done tonight (the ritual).
VAR lighter_used = false       // she has opened the lighter and remembered its story
VAR lighter_lit = false        // its flame is burning right now
VAR smoked = false             // a cigarette is lit and resting on the edge of the lid
VAR poured = false             // his glass is full and she has had her swig
VAR scented = false            // she has breathed in the duster
VAR tried_smokes_early = false // she reached for the cigarettes before there was a flame

// What happened once he came (the conversation). Each is called back later.
VAR drained = false            // he has emptied the glass: an illusion never has
VAR noticed_glass = false      // she looked at the empty glass and talked herself out of it
LIST greeting = teased, tender                      // how she greets him on the stairs
LIST smokes_answer = honest, joking, rueful          // what she says about the cigarettes
LIST confession = too_soon, the_past, the_secret     // what she has told him, in order
VAR confessed_first = ()
LIST reminder = gently, wryly                        // how she reminds him he didn't believe her

-> cold_open

// ---------------------------------------------------------------------------------------------
=== cold_open ===
# beat: cold_open
# cut: cold_open
Another night, then.
-> ritual

// ---------------------------------------------------------------------------------------------
// Beat 1. Five hotspots, any order. All four beats (lighter, cigarette, bourbon, duster) are
// needed; the glass is only ever looked at. The hub moves on by itself when the four are done.
=== ritual ===
She has laid them out on the lid the way she always does, in the places they always go. # beat: ritual # mood: night # shot: lid # ambience: crypt_ambience
A bottle of bourbon. A glass, on his side. A pack of his cigarettes. A silver lighter.
She bought three of them. The fourth was his.
-> hub

= hub
{lighter_used && smoked && poured && scented:
    -> done
}
+ [The silver lighter #object: lighter] -> lighter
+ [The cigarettes #object: cigarettes] -> cigarettes
+ [The bottle of bourbon #object: bottle] -> bottle
+ [The glass #object: glass] -> glass
+ [Her leather duster #object: duster] -> duster

= lighter
{
- not lighter_used:
    ~ lighter_used = true
    She picks up the lighter first. She always does. # shot: lid
    Silver, scuffed at the corners, warm as soon as it's in her fist.
    The night they went to finish it, she passed the basement door on her way out. It was lying on his cot. It must have slipped out of his pocket.
    She took it. He'd want a smoke before the fight, she thought. He always wanted a smoke before a fight.
    Then there was the fight, and she forgot she had it.
    Afterwards, with the town gone into a hole in the ground, she put her hand in her jeans pocket, and there it was.
    That was when she fell apart. Not the crater. Not the bus. A lighter.
    Now it's the thing she would run into a burning building for.
    She thumbs the lid back. # sfx: zippo_open # prop: lighter open
    Rolls the wheel. # sfx: zippo_strike # prop: lighter lit # light: lighter_flame on
    ~ lighter_lit = true
    A flame the size of a fingertip stands up in the dark, and the crypt gets a little less huge.
- lighter_lit:
    The flame leans every time she breathes. She shouldn't burn the fuel for nothing. There's something on this lid that wants lighting.
- else:
    Shut again. The metal holds on to the heat for a while, like it doesn't want to let go either.
    She turns it over in her fingers. It's the only thing on this lid he ever actually touched.
}
-> hub

= cigarettes
{
- smoked:
    The pack is one short. Tomorrow night it'll be two.
    The one on the edge of the lid burns itself down, patient, like it's holding a place for somebody.
- lighter_lit:
    ~ smoked = true
    ~ lighter_lit = false
    She shakes one out of the pack. His brand. The guy at the gas station doesn't even ask any more. # prop: cigarettes open
    She leans it into the little flame and draws until the tip catches. # sfx: cigarette_light # prop: cigarette burning # light: ember on
    Then she breathes in, all the way, the way he used to. # sfx: inhale
    And she coughs, like every night, hard enough to make her eyes water. # sfx: cough
    {tried_smokes_early:
        Buffy: See, this is why you wait for the fire. Fire is the easy part.
    - else:
        Buffy: Smooth. Very smooth.
    }
    She takes another pull anyway. Under the burn there's something else. There's him.
    This is how he tasted. Every single time.
    Back when she could kiss him whenever she wanted, the ashtray thing was the one part she'd have changed.
    Now she's out here at midnight, choking on it on purpose.
    She lays the cigarette on the edge of the lid, lit end out over the floor, so it keeps going without her. # sfx: cigarette_rest
    Then she snaps the lighter shut. # sfx: zippo_close # prop: lighter shut # light: lighter_flame off
- else:
    {tried_smokes_early:
        Buffy: Still no fire, Summers. The lighter. Keep up.
    - else:
        She has one halfway out of the pack before she remembers the tiny flaw in the plan.
        Buffy: Fire. Right. Fire would help.
    }
    ~ tried_smokes_early = true
}
-> hub

= bottle
{
- poured:
    Lighter by one glass and one swallow. The label has started to peel where her thumb keeps finding it.
    By the end of the week she'll need another bottle.
- else:
    ~ poured = true
    The bourbon he liked. She had to describe the bottle to the man at the liquor store; she'd only ever seen it in his hand. # shot: lid
    She pours into the glass across from her. His side. She doesn't measure. He never did. # sfx: pour # prop: glass full
    Then she tips the bottle up and drinks from it herself. # sfx: swig # prop: bottle poured
    It goes down like a lit fuse, all the way to her stomach.
    Buffy: Ugh. Wow. You drank this for fun?
    If her friends could see her now. Cross-legged on a dead man's tomb, drinking from the bottle, talking to the empty air.
    She doesn't care. That's the new part. She's stopped caring what they'd say.
    She wishes she'd stopped sooner. She cared so much, back then, that she kept him in the dark like something to be ashamed of.
    If she'd shrugged it off then, maybe a lot of things would be different now.
}
-> hub

= glass
{
- not poured:
    His glass, sitting there empty. Rude.
    Buffy: Pour first, admire later.
- else:
    Full to a finger under the rim, a candle flame caught in it. His.
    Every night she fills it. Every morning it's still full, gone warm and flat, and she tips it out on the stairs on her way home.
}
-> hub

= duster
{
- scented:
    The leather is starting to soften at the elbows. Give it a year and it might even look like his.
    It still creaks when she moves. His had given up creaking long before she ever met him.
- else:
    ~ scented = true
    She gathers the collar of the duster up under her nose and breathes in. # sfx: leather_creak # shot: buffy
    {
    - smoked && poured:
        Smoke. Bourbon. And under them, leather.
        Put together, it's nearly him. Nearly enough to hurt the right way.
    - smoked || poured:
        {smoked:Smoke|Bourbon}, and new leather. Half a recipe.
        It'll be better once the rest is here. It's never quite enough.
    - else:
        Just leather, so far. Shop leather, stiff and clean.
        It needs the rest of the recipe before it smells like anything she remembers.
    }
    She bought the coat two towns over, a copy of his, because his went wherever he went.
    It isn't his smell. It's a manufactured one. She knows that. She breathes it in anyway.
}
-> hub

= done
That's all of them. The flame, the taste, the burn, the smell. # shot: wide
She settles back on the lid, cross-legged, and lets her hands go still in her lap.
-> remembering

// ---------------------------------------------------------------------------------------------
// Beat 2.
=== remembering ===
She closes her eyes. # beat: remembering # actor: buffy eyes_closed # mood: remember # music: music_memory # shot: buffy
Behind them it's this room again, on a different night. The day after her friends dragged her back out of heaven.
She came here because it was the only place that didn't expect her to be glad.
He sat right there, across the lid from her, and told her something.
Spike: I didn't get you out. Not that night, when it mattered. Went over it so often I wore a groove in it.
Spike: So I do it up here now, every night. I'm faster. I get there in time. Nobody has to jump.
She didn't know what to do with that, back then. She does now. She does it too.
Every night, in her sleep, she gets there in time.
She gets her fingers under the amulet's chain and rips it off over his head, and it goes skittering away into the dark.
She hauls him up the stairs by that stupid coat, and the light comes pouring down behind them, and it doesn't touch him.
And every morning the other thought is waiting for her, sitting on the end of the bed.
Angel brought the amulet. Angel was going to wear it. She said no.
If she'd said yes, he'd be the one who didn't come back.
She doesn't want that. She doesn't want anyone gone.
But if somebody offered her the trade, she would take it. She knows she would. That's the part she never says.
She'd give anything to hold him one more time and breathe in the real thing instead of the recipe.
-> footsteps

// ---------------------------------------------------------------------------------------------
// Beat 3.
=== footsteps ===
Then: boots on the stairs. # beat: footsteps # sfx: footsteps_stairs # music: stop
Heavy. Unhurried. A rhythm she'd know in her sleep, which is sort of the point.
She doesn't jump. She's been waiting for them.
She opens her eyes. # actor: buffy look_up # mood: night # actor: spike stairs # shot: stairs
He's standing at the foot of the stairs, candlelight sliding off the coat, that ridiculous hair bright as bone.
Spike: Buffy.
Two syllables, and the accent does the thing to the back of her neck it always did.
* ["You're late."]
    ~ greeting = teased
    Buffy: You're late. Again. It's like waiting for a bus.
    Spike: Late? Didn't know I'd been given a time.
* ["There you are."]
    ~ greeting = tender
    Buffy: There you are. I was starting to think you'd stood me up.
    Spike: Stood you up? Didn't know we had a date.
- He sounds surprised. He always sounds surprised.
Of course she was waiting. That's what the four things are for. Set them out, and he comes. It works every night.
She isn't crazy. Or not that kind. She knows what he is: her own head, doing its very best. Not a ghost. Not him.
She doesn't argue with it. She takes what she can get.
-> conversation

// ---------------------------------------------------------------------------------------------
// Beat 4. The meaning stays; the player chooses how she says it.
=== conversation ===
She starts the way she always starts. # beat: conversation # shot: two_shot
Buffy: I missed you.
Spike: Not half as much as I've missed you, love. You haven't the first idea.
He crosses the crypt and stops an arm's length off. Close enough to touch. She doesn't. She learned not to. # actor: spike standing
He sniffs the air, and one scarred eyebrow goes up.
Spike: Is that smoke? Buffy Summers, on the fags. Thought you said it was a filthy habit. Filthy. I remember the word.
* ["They're not for me."]
    ~ smokes_answer = honest
    Buffy: They're not for me. They never were.
* ["Someone has to keep your brand in business."]
    ~ smokes_answer = joking
    Buffy: Somebody has to keep your brand in business. They were going to shut down the factory out of grief.
* ["Don't. I cough every time."]
    ~ smokes_answer = rueful
    Buffy: Don't. I cough every single time. I'm terrible at it. It isn't for me.
- He looks at the cigarette burning on the edge of the lid. Then at her.
He picks it up and takes a long, slow drag, like he's been waiting a year for it. # prop: cigarette held # sfx: spike_drag # light: ember off
{smokes_answer:
- honest: Spike: For me, then. Lit and waiting.
- joking: Spike: Very public-spirited of you. Least I can do is help.
- rueful: Spike: Coughs every time and lights one anyway. Stubborn as ever.
}
Spike: So you really were expecting me.
Buffy: I always expect you.
He drops onto the lid across from her, in his place, and nods at the full glass. # actor: spike seated # actor: buffy seated # shot: spike
Spike: This one mine?
Buffy: What do you think?
He knocks it back in one go and shuts his eyes, like it's the best thing he's had in a very long time. # sfx: glass_drained # prop: glass empty
~ drained = true
Spike: Oh, that's the stuff.
He sets the glass down on the stone. # sfx: glass_down # shot: two_shot
For a while, neither of them says anything.
Then he clears his throat.
Spike: So. Reckon we've got a fair bit to talk about, you and me.
-> confess

// The confession: the player chooses what she says first, and what follows.
= confess
- (choose)
+ {confession == ()} [The glass #object: glass]
    -> empty_glass ->
    -> choose
* [Tell him she should have said it sooner.]
    -> confess_too_soon ->
* [Tell him about Angel.]
    -> confess_the_past ->
* [Tell him she kept him a secret.]
    -> confess_the_secret ->
- {LIST_COUNT(confession) < 3: -> choose}
Buffy: I love you. I'm sorry. I'm so sorry. It's you. It's only you. It's always been you, and I was too busy being scared to look.
She drags the heel of her hand across her eyes. It doesn't help much. # actor: buffy seated
{confessed_first:
- the_past: Spike: You led with him, you know. For a second there I thought I was getting the speech about what a lovely friend I am.
- too_soon: Spike: Sooner, she says. Sooner would have been nice, I'll give you that.
- the_secret: Spike: I knew I was the secret. Reckoned it was the best I'd get. Minded less than I should have.
}
Spike: You're sure, pet? Not the bourbon talking?
She nods. Words aren't really an option right now.
-> worth_it

= worth_it
Spike: So all it took was me going up like a bonfire, and you finally catch on.
He tips his head, weighing it up like a man pricing a secondhand car.
Spike: Worth it.
Spike: Honestly? If I'd known that was the deal, I'd have gone and done it years back.
A laugh gets out of her before she can stop it, wet and hiccupy and real. He was always the one who could do that.
{confessed_first == the_past:
    Spike: That's more like it. Never could stand watching you cry over him.
- else:
    Spike: That's more like it.
}
Spike: I'd do the whole thing over, you know. Burn and all. Just to hear you say those three words one more time.
* [Remind him, gently.]
    ~ reminder = gently
    Buffy: You didn't believe me, you know. That other time. At the end.
    He looks down at the empty glass for a long moment.
    Spike: No. I didn't. Had a while to think about that one.
* [Remind him, and make it a joke.]
    ~ reminder = wryly
    Buffy: Careful. The last time I said it, down in the Hellmouth, you told me I didn't mean it. Then you thanked me. Like I'd handed you a breath mint.
    Spike: In my defence, there was a great deal of fire going on.
- Spike: But the way a certain girl put it to me once, I'm a bit of a dope.
Buffy: Yeah. You are.
Buffy: And I love you anyway.
{reminder == gently:
    Spike: I believe you. And I love you. You know that. Always have.
- else:
    Spike: And I believe you this time, dope that I am. I love you, pet.
}
-> the_kiss

// The confessions, each told once, in the order the player picks. The first is said steadily;
// by the third she is crying.
= confess_too_soon
~ confession += too_soon
{confessed_first == (): 
    ~ confessed_first = too_soon
}
{LIST_COUNT(confession):
- 1: She starts with the part she's rehearsed the most. # actor: buffy look_down
- 2: Her voice is going. She keeps on anyway.
- 3: She's crying now. She lets herself. # actor: buffy crying
}
Buffy: I was an idiot. I should have told you. Not at the very end, in a hurry, with the ceiling coming down. Before. Way before.
Buffy: But I couldn't tell you, because I didn't know. I worked it out when you were already on fire. How's that for timing?
->->

= confess_the_past
~ confession += the_past
{confessed_first == ():
    ~ confessed_first = the_past
}
{LIST_COUNT(confession):
- 1: She starts with the name she's been stepping around for months. # actor: buffy look_down
- 2: Her voice is going. She keeps on anyway.
- 3: She's crying now. She lets herself. # actor: buffy crying
}
Buffy: Angel. I kept thinking I had to pick. You or him. Like it was a test, and there'd be a grade.
Buffy: I had this idea that he was the real thing. Big, tragic, forever. That I'd never feel that way again, so why even look.
Buffy: It was a high school thing, Spike. It was prom and poetry and heartbreak. It was never going to hold up next to you.
->->

= confess_the_secret
~ confession += the_secret
{confessed_first == ():
    ~ confessed_first = the_secret
}
{LIST_COUNT(confession):
- 1: She starts with the thing the bourbon already told her tonight. # actor: buffy look_down
- 2: Her voice is going. She keeps on anyway.
- 3: She's crying now. She lets herself. # actor: buffy crying
}
Buffy: I hid you. From everybody. Like you were something I'd done, and not somebody I...
Buffy: I was so scared of what they'd say. And now I sit here drinking your bourbon every night and I couldn't care less who knows. I'm just late. Like with everything.
->->

// Looking at the glass after he has drunk it: the clue, for the player who looks.
=== empty_glass ===
{stopping:
- Empty. Not a drop left, not even a ring of it at the bottom.
  She's poured that glass every night for months. It has never once been empty.
  She must be more tired than she thought. Or she's getting better at this.
- Still empty. She makes herself look somewhere else.
}
~ noticed_glass = true
->->

// ---------------------------------------------------------------------------------------------
// Beat 5. The lean is the player's (the kiss cutscene); after it, in ink, the lips meet.
=== the_kiss ===
And here it is. The part of the night she always gets to. # beat: kiss # actor: buffy seated # actor: spike seated # shot: two_shot
{greeting == teased:
    Buffy: Don't be late tomorrow.
- else:
    Buffy: Come back tomorrow. Okay? Promise me.
}
Spike: Tomorrow? I'm not going anywhere, love.
They always say that. She doesn't hold it against him.
She knows how this goes. She leans in, and he comes apart into smoke before she gets there. Every time.
She leans in anyway. In case tonight is the night he doesn't.
Their lips meet. # cut: kiss
His mouth is cool, and solid, and it stays. # sfx: heartbeat
{smokes_answer:
- honest: He tastes of the cigarette she lit for him, and the bourbon she poured.
- joking: He tastes of his brand. The one she's been keeping in business.
- rueful: He tastes like an ashtray. He tastes like an ashtray, and it's the best thing that has ever happened to her.
}
{noticed_glass:
    The glass. The empty glass.
}
She gasps and jerks back. # sfx: gasp # actor: buffy crying # music: stop
She stares at him. He's still there. He's still there.
He frowns at her, lost.
Spike: What? What's wrong?
{smokes_answer == rueful:
    Spike: It's the fags, isn't it. I'll pack them in. Swear.
- else:
    Spike: Buffy? Talk to me, pet.
}
Her eyes fill up all over again.
Buffy: You're...
Buffy: You're real.
# beat: reunion
# cut: reunion
-> END
