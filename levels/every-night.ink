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
Another night, then. # id: cold_open.another_night_then
-> ritual

// ---------------------------------------------------------------------------------------------
// Beat 1. Five hotspots, any order. All four beats (lighter, cigarette, bourbon, duster) are
// needed; the glass is only ever looked at. The hub moves on by itself when the four are done.
=== ritual ===
She has laid them out on the lid the way she always does, in the places they always go. # beat: ritual # mood: night # shot: lid # ambience: crypt_ambience # id: ritual.she_has_laid_them
A bottle of bourbon. A glass, on his side. A pack of his cigarettes. A silver lighter. # id: ritual.a_bottle_of_bourbon
She bought three of them. The fourth was his. # id: ritual.she_bought_three_of
-> hub

= hub
{lighter_used && smoked && poured && scented:
    -> done
}
+ [The silver lighter #object: lighter # id: ritual.hub.the_silver_lighter] -> lighter
+ [The cigarettes #object: cigarettes # id: ritual.hub.the_cigarettes] -> cigarettes
+ [The bottle of bourbon #object: bottle # id: ritual.hub.the_bottle_of_bourbon] -> bottle
+ [The glass #object: glass # id: ritual.hub.the_glass] -> glass
+ [Her leather duster #object: duster # id: ritual.hub.her_leather_duster] -> duster

= lighter
{
- not lighter_used:
    ~ lighter_used = true
    She picks up the lighter first. She always does. # shot: lid # act: buffy take_lighter # id: ritual.lighter.she_picks_up_the
    Silver, scuffed at the corners, warm as soon as it's in her fist. # id: ritual.lighter.silver_scuffed_at_the
    The night they went to finish it, she passed the basement door on her way out. It was lying on his cot. It must have slipped out of his pocket. # id: ritual.lighter.the_night_they_went
    She took it. He'd want a smoke before the fight, she thought. He always wanted a smoke before a fight. # id: ritual.lighter.she_took_it_he
    Then there was the fight, and she forgot she had it. # id: ritual.lighter.then_there_was_the
    Afterwards, with the town gone into a hole in the ground, she put her hand in her jeans pocket, and there it was. # id: ritual.lighter.afterwards_with_the_town
    That was when she fell apart. Not the crater. Not the bus. A lighter. # id: ritual.lighter.that_was_when_she
    Now it's the thing she would run into a burning building for. # id: ritual.lighter.now_it_s_the
    She thumbs the lid back. # sfx: zippo_open # prop: lighter open # act: buffy flip_lid # id: ritual.lighter.she_thumbs_the_lid
    Rolls the wheel. # sfx: zippo_strike # prop: lighter lit # light: lighter_flame on # act: buffy roll_wheel # id: ritual.lighter.rolls_the_wheel
    ~ lighter_lit = true
    A flame the size of a fingertip stands up in the dark, and the crypt gets a little less huge. # act: buffy set_lighter_down # id: ritual.lighter.a_flame_the_size
- lighter_lit:
    The flame leans every time she breathes. She shouldn't burn the fuel for nothing. There's something on this lid that wants lighting. # id: ritual.lighter.the_flame_leans_every
- else:
    Shut again. The metal holds on to the heat for a while, like it doesn't want to let go either. # id: ritual.lighter.shut_again_the_metal
    She turns it over in her fingers. It's the only thing on this lid he ever actually touched. # id: ritual.lighter.she_turns_it_over
}
-> hub

= cigarettes
{
- smoked:
    The pack is one short. Tomorrow night it'll be two. # id: ritual.cigarettes.the_pack_is_one
    The one on the edge of the lid burns itself down, patient, like it's holding a place for somebody. # id: ritual.cigarettes.the_one_on_the
- lighter_lit:
    ~ smoked = true
    ~ lighter_lit = false
    She shakes one out of the pack. His brand. The guy at the gas station doesn't even ask any more. # prop: cigarettes open # act: buffy shake_cigarette # id: ritual.cigarettes.she_shakes_one_out
    She leans it into the little flame and draws until the tip catches. # sfx: cigarette_light # prop: cigarette burning # light: ember on # act: buffy light_cigarette # id: ritual.cigarettes.she_leans_it_into
    Then she breathes in, all the way, the way he used to. # sfx: inhale # act: buffy draw # id: ritual.cigarettes.then_she_breathes_in
    And she coughs, like every night, hard enough to make her eyes water. # sfx: cough # act: buffy cough # id: ritual.cigarettes.and_she_coughs_like
    {tried_smokes_early:
        Buffy: See, this is why you wait for the fire. Fire is the easy part. # id: ritual.cigarettes.see_this_is_why
    - else:
        Buffy: Smooth. Very smooth. # id: ritual.cigarettes.smooth_very_smooth
    }
    She takes another pull anyway. Under the burn there's something else. There's him. # act: buffy draw # id: ritual.cigarettes.she_takes_another_pull
    This is how he tasted. Every single time. # id: ritual.cigarettes.this_is_how_he
    Back when she could kiss him whenever she wanted, the ashtray thing was the one part she'd have changed. # id: ritual.cigarettes.back_when_she_could
    Now she's out here at midnight, choking on it on purpose. # id: ritual.cigarettes.now_she_s_out
    She lays the cigarette on the edge of the lid, lit end out over the floor, so it keeps going without her. # sfx: cigarette_rest # act: buffy lay_cigarette # id: ritual.cigarettes.she_lays_the_cigarette
    Then she snaps the lighter shut. # sfx: zippo_close # prop: lighter shut # light: lighter_flame off # act: buffy set_lighter_down # id: ritual.cigarettes.then_she_snaps_the
- else:
    {tried_smokes_early:
        Buffy: Still no fire, Summers. The lighter. Keep up. # id: ritual.cigarettes.still_no_fire_summers
    - else:
        She has one halfway out of the pack before she remembers the tiny flaw in the plan. # id: ritual.cigarettes.she_has_one_halfway
        Buffy: Fire. Right. Fire would help. # id: ritual.cigarettes.fire_right_fire_would
    }
    ~ tried_smokes_early = true
}
-> hub

= bottle
{
- poured:
    Lighter by one glass and one swallow. The label has started to peel where her thumb keeps finding it. # id: ritual.bottle.lighter_by_one_glass
    By the end of the week she'll need another bottle. # id: ritual.bottle.by_the_end_of
- else:
    ~ poured = true
    The bourbon he liked. She had to describe the bottle to the man at the liquor store; she'd only ever seen it in his hand. # shot: lid # id: ritual.bottle.the_bourbon_he_liked
    She pours into the glass across from her. His side. She doesn't measure. He never did. # sfx: pour # prop: glass full # act: buffy pour # id: ritual.bottle.she_pours_into_the
    Then she tips the bottle up and drinks from it herself. # sfx: swig # prop: bottle poured # act: buffy drink_from_bottle # shot: buffy # id: ritual.bottle.then_she_tips_the
    It goes down like a lit fuse, all the way to her stomach. # id: ritual.bottle.it_goes_down_like
    Buffy: Ugh. Wow. You drank this for fun? # id: ritual.bottle.ugh_wow_you_drank
    If her friends could see her now. Cross-legged on a dead man's tomb, drinking from the bottle, talking to the empty air. # id: ritual.bottle.if_her_friends_could
    She doesn't care. That's the new part. She's stopped caring what they'd say. # id: ritual.bottle.she_doesn_t_care
    She wishes she'd stopped sooner. She cared so much, back then, that she kept him in the dark like something to be ashamed of. # id: ritual.bottle.she_wishes_she_d
    If she'd shrugged it off then, maybe a lot of things would be different now. # shot: lid # id: ritual.bottle.if_she_d_shrugged
}
-> hub

= glass
{
- not poured:
    His glass, sitting there empty. Rude. # id: ritual.glass.his_glass_sitting_there
    Buffy: Pour first, admire later. # id: ritual.glass.pour_first_admire_later
- else:
    Full to a finger under the rim, a candle flame caught in it. His. # id: ritual.glass.full_to_a_finger
    Every night she fills it. Every morning it's still full, gone warm and flat, and she tips it out on the stairs on her way home. # id: ritual.glass.every_night_she_fills
}
-> hub

= duster
{
- scented:
    The leather is starting to soften at the elbows. Give it a year and it might even look like his. # id: ritual.duster.the_leather_is_starting
    It still creaks when she moves. His had given up creaking long before she ever met him. # id: ritual.duster.it_still_creaks_when
- else:
    ~ scented = true
    She gathers the collar of the duster up under her nose and breathes in. # sfx: leather_creak # shot: buffy # act: buffy gather_collar # id: ritual.duster.she_gathers_the_collar
    {
    - smoked && poured:
        Smoke. Bourbon. And under them, leather. # id: ritual.duster.smoke_bourbon_and_under
        Put together, it's nearly him. Nearly enough to hurt the right way. # id: ritual.duster.put_together_it_s
    - smoked:
        Smoke, and new leather. Half a recipe. # id: ritual.duster.smoke_and_new_leather
        It'll be better once the rest is here. It's never quite enough. # id: ritual.duster.it_ll_be_better
    - poured:
        Bourbon, and new leather. Half a recipe. # id: ritual.duster.bourbon_and_new_leather
        It'll be better once the rest is here. It's never quite enough. # id: ritual.duster.it_ll_be_better_2
    - else:
        Just leather, so far. Shop leather, stiff and clean. # id: ritual.duster.just_leather_so_far
        It needs the rest of the recipe before it smells like anything she remembers. # id: ritual.duster.it_needs_the_rest
    }
    She bought the coat two towns over, a copy of his, because his went wherever he went. # id: ritual.duster.she_bought_the_coat
    It isn't his smell. It's a manufactured one. She knows that. She breathes it in anyway. # act: buffy hands_down # id: ritual.duster.it_isn_t_his
}
-> hub

= done
That's all of them. The flame, the taste, the burn, the smell. # shot: wide # id: ritual.done.that_s_all_of
She settles back on the lid, cross-legged, and lets her hands go still in her lap. # id: ritual.done.she_settles_back_on
-> remembering

// ---------------------------------------------------------------------------------------------
// Beat 2.
=== remembering ===
She closes her eyes. # beat: remembering # act: buffy close_eyes # mood: remember # music: music_memory # shot: buffy # id: remembering.she_closes_her_eyes
Behind them it's this room again, on a different night. The day after her friends dragged her back out of heaven. # id: remembering.behind_them_it_s
She came here because it was the only place that didn't expect her to be glad. # id: remembering.she_came_here_because
He sat right there, across the lid from her, and told her something. # id: remembering.he_sat_right_there
Spike: I didn't get you out. Not that night, when it mattered. Went over it so often I wore a groove in it. # id: remembering.i_didn_t_get
Spike: So I do it up here now, every night. I'm faster. I get there in time. Nobody has to jump. # id: remembering.so_i_do_it
She didn't know what to do with that, back then. She does now. She does it too. # id: remembering.she_didn_t_know
Every night, in her sleep, she gets there in time. # id: remembering.every_night_in_her
She gets her fingers under the amulet's chain and rips it off over his head, and it goes skittering away into the dark. # id: remembering.she_gets_her_fingers
She hauls him up the stairs by that stupid coat, and the light comes pouring down behind them, and it doesn't touch him. # id: remembering.she_hauls_him_up
And every morning the other thought is waiting for her, sitting on the end of the bed. # id: remembering.and_every_morning_the
Angel brought the amulet. Angel was going to wear it. She said no. # id: remembering.angel_brought_the_amulet
If she'd said yes, he'd be the one who didn't come back. # id: remembering.if_she_d_said
She doesn't want that. She doesn't want anyone gone. # id: remembering.she_doesn_t_want
But if somebody offered her the trade, she would take it. She knows she would. That's the part she never says. # id: remembering.but_if_somebody_offered
She'd give anything to hold him one more time and breathe in the real thing instead of the recipe. # id: remembering.she_d_give_anything
-> footsteps

// ---------------------------------------------------------------------------------------------
// Beat 3.
=== footsteps ===
Then: boots on the stairs. # beat: footsteps # sfx: footsteps_stairs # music: stop # id: footsteps.then_boots_on_the
Heavy. Unhurried. A rhythm she'd know in her sleep, which is sort of the point. # id: footsteps.heavy_unhurried_a_rhythm
She doesn't jump. She's been waiting for them. # id: footsteps.she_doesn_t_jump
She opens her eyes. # actor: buffy look_up # mood: night # act: spike descend # shot: stairs # id: footsteps.she_opens_her_eyes
He's standing at the foot of the stairs, candlelight sliding off the coat, that ridiculous hair bright as bone. # id: footsteps.he_s_standing_at
Spike: Buffy. # id: footsteps.buffy
Two syllables, and the accent does the thing to the back of her neck it always did. # id: footsteps.two_syllables_and_the
* ["You're late." # id: footsteps.you_re_late]
    ~ greeting = teased
    Buffy: You're late. Again. It's like waiting for a bus. # id: footsteps.you_re_late_again
    Spike: Late? Didn't know I'd been given a time. # id: footsteps.late_didn_t_know
* ["There you are." # id: footsteps.there_you_are]
    ~ greeting = tender
    Buffy: There you are. I was starting to think you'd stood me up. # id: footsteps.there_you_are_i
    Spike: Stood you up? Didn't know we had a date. # id: footsteps.stood_you_up_didn
- He sounds surprised. He always sounds surprised. # id: footsteps.he_sounds_surprised_he
Of course she was waiting. That's what the four things are for. Set them out, and he comes. It works every night. # id: footsteps.of_course_she_was
She isn't crazy. Or not that kind. She knows what he is: her own head, doing its very best. Not a ghost. Not him. # id: footsteps.she_isn_t_crazy
She doesn't argue with it. She takes what she can get. # id: footsteps.she_doesn_t_argue
-> conversation

// ---------------------------------------------------------------------------------------------
// Beat 4. The meaning stays; the player chooses how she says it.
=== conversation ===
She starts the way she always starts. # beat: conversation # shot: two_shot # id: conversation.she_starts_the_way
Buffy: I missed you. # id: conversation.i_missed_you
Spike: Not half as much as I've missed you, love. You haven't the first idea. # id: conversation.not_half_as_much
He crosses the crypt and stops an arm's length off. Close enough to touch. She doesn't. She learned not to. # act: spike walk_to_her # id: conversation.he_crosses_the_crypt
He sniffs the air, and one scarred eyebrow goes up. # id: conversation.he_sniffs_the_air
Spike: Is that smoke? Buffy Summers, on the fags. Thought you said it was a filthy habit. Filthy. I remember the word. # id: conversation.is_that_smoke_buffy
* ["They're not for me." # id: conversation.they_re_not_for]
    ~ smokes_answer = honest
    Buffy: They're not for me. They never were. # id: conversation.they_re_not_for_2
* ["Someone has to keep your brand in business." # id: conversation.someone_has_to_keep]
    ~ smokes_answer = joking
    Buffy: Somebody has to keep your brand in business. They were going to shut down the factory out of grief. # id: conversation.somebody_has_to_keep
* ["Don't. I cough every time." # id: conversation.don_t_i_cough]
    ~ smokes_answer = rueful
    Buffy: Don't. I cough every single time. I'm terrible at it. It isn't for me. # id: conversation.don_t_i_cough_2
- He looks at the cigarette burning on the edge of the lid. Then at her. # id: conversation.he_looks_at_the
He picks it up and takes a long, slow drag, like he's been waiting a year for it. # prop: cigarette held # sfx: spike_drag # act: spike take_cigarette # id: conversation.he_picks_it_up
{smokes_answer:
- honest: Spike: For me, then. Lit and waiting. # id: conversation.for_me_then_lit
- joking: Spike: Very public-spirited of you. Least I can do is help. # id: conversation.very_public_spirited_of
- rueful: Spike: Coughs every time and lights one anyway. Stubborn as ever. # id: conversation.coughs_every_time_and
}
Spike: So you really were expecting me. # id: conversation.so_you_really_were
Buffy: I always expect you. # id: conversation.i_always_expect_you
He drops onto the lid across from her, in his place, and nods at the full glass. # act: spike sit # actor: buffy seated # shot: spike # id: conversation.he_drops_onto_the
Spike: This one mine? # id: conversation.this_one_mine
Buffy: What do you think? # id: conversation.what_do_you_think
He knocks it back in one go and shuts his eyes, like it's the best thing he's had in a very long time. # sfx: glass_drained # prop: glass empty # act: spike drink_glass # id: conversation.he_knocks_it_back
~ drained = true
Spike: Oh, that's the stuff. # id: conversation.oh_that_s_the
He sets the glass down on the stone. # sfx: glass_down # shot: two_shot # act: spike set_glass_down # id: conversation.he_sets_the_glass
For a while, neither of them says anything. # id: conversation.for_a_while_neither
Then he clears his throat. # id: conversation.then_he_clears_his
Spike: So. Reckon we've got a fair bit to talk about, you and me. # id: conversation.so_reckon_we_ve
-> confess

// The confession: the player chooses what she says first, and what follows.
= confess
- (choose)
+ {confession == ()} [The glass #object: glass # id: conversation.confess.the_glass]
    -> empty_glass ->
    -> choose
* [Tell him she should have said it sooner. # id: conversation.confess.tell_him_she_should]
    -> confess_too_soon ->
* [Tell him about Angel. # id: conversation.confess.tell_him_about_angel]
    -> confess_the_past ->
* [Tell him she kept him a secret. # id: conversation.confess.tell_him_she_kept]
    -> confess_the_secret ->
- {LIST_COUNT(confession) < 3: -> choose}
Buffy: I love you. I'm sorry. I'm so sorry. It's you. It's only you. It's always been you, and I was too busy being scared to look. # id: conversation.confess.i_love_you_i
She drags the heel of her hand across her eyes. It doesn't help much. # act: buffy wipe_tears # id: conversation.confess.she_drags_the_heel
{confessed_first:
- the_past: Spike: You led with him, you know. For a second there I thought I was getting the speech about what a lovely friend I am. # id: conversation.confess.you_led_with_him
- too_soon: Spike: Sooner, she says. Sooner would have been nice, I'll give you that. # id: conversation.confess.sooner_she_says_sooner
- the_secret: Spike: I knew I was the secret. Reckoned it was the best I'd get. Minded less than I should have. # id: conversation.confess.i_knew_i_was
}
Spike: You're sure, pet? Not the bourbon talking? # id: conversation.confess.you_re_sure_pet
She nods. Words aren't really an option right now. # id: conversation.confess.she_nods_words_aren
-> worth_it

= worth_it
Spike: So all it took was me going up like a bonfire, and you finally catch on. # id: conversation.worth_it.so_all_it_took
He tips his head, weighing it up like a man pricing a secondhand car. # id: conversation.worth_it.he_tips_his_head
Spike: Worth it. # id: conversation.worth_it.worth_it
Spike: Honestly? If I'd known that was the deal, I'd have gone and done it years back. # id: conversation.worth_it.honestly_if_i_d
A laugh gets out of her before she can stop it, wet and hiccupy and real. He was always the one who could do that. # id: conversation.worth_it.a_laugh_gets_out
{confessed_first == the_past:
    Spike: That's more like it. Never could stand watching you cry over him. # id: conversation.worth_it.that_s_more_like
- else:
    Spike: That's more like it. # id: conversation.worth_it.that_s_more_like_2
}
Spike: I'd do the whole thing over, you know. Burn and all. Just to hear you say those three words one more time. # id: conversation.worth_it.i_d_do_the
* [Remind him, gently. # id: conversation.worth_it.remind_him_gently]
    ~ reminder = gently
    Buffy: You didn't believe me, you know. That other time. At the end. # id: conversation.worth_it.you_didn_t_believe
    He looks down at the empty glass for a long moment. # id: conversation.worth_it.he_looks_down_at
    Spike: No. I didn't. Had a while to think about that one. # id: conversation.worth_it.no_i_didn_t
* [Remind him, and make it a joke. # id: conversation.worth_it.remind_him_and_make]
    ~ reminder = wryly
    Buffy: Careful. The last time I said it, down in the Hellmouth, you told me I didn't mean it. Then you thanked me. Like I'd handed you a breath mint. # id: conversation.worth_it.careful_the_last_time
    Spike: In my defence, there was a great deal of fire going on. # id: conversation.worth_it.in_my_defence_there
- Spike: But the way a certain girl put it to me once, I'm a bit of a dope. # id: conversation.worth_it.but_the_way_a
Buffy: Yeah. You are. # id: conversation.worth_it.yeah_you_are
Buffy: And I love you anyway. # id: conversation.worth_it.and_i_love_you
{reminder == gently:
    Spike: I believe you. And I love you. You know that. Always have. # id: conversation.worth_it.i_believe_you_and
- else:
    Spike: And I believe you this time, dope that I am. I love you, pet. # id: conversation.worth_it.and_i_believe_you
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
- 1: She starts with the part she's rehearsed the most. # actor: buffy look_down # id: conversation.confess_too_soon.she_starts_with_the
- 2: Her voice is going. She keeps on anyway. # id: conversation.confess_too_soon.her_voice_is_going
- 3: She's crying now. She lets herself. # actor: buffy crying # id: conversation.confess_too_soon.she_s_crying_now
}
Buffy: I was an idiot. I should have told you. Not at the very end, in a hurry, with the ceiling coming down. Before. Way before. # id: conversation.confess_too_soon.i_was_an_idiot
Buffy: But I couldn't tell you, because I didn't know. I worked it out when you were already on fire. How's that for timing? # id: conversation.confess_too_soon.but_i_couldn_t
->->

= confess_the_past
~ confession += the_past
{confessed_first == ():
    ~ confessed_first = the_past
}
{LIST_COUNT(confession):
- 1: She starts with the name she's been stepping around for months. # actor: buffy look_down # id: conversation.confess_the_past.she_starts_with_the
- 2: Her voice is going. She keeps on anyway. # id: conversation.confess_the_past.her_voice_is_going
- 3: She's crying now. She lets herself. # actor: buffy crying # id: conversation.confess_the_past.she_s_crying_now
}
Buffy: Angel. I kept thinking I had to pick. You or him. Like it was a test, and there'd be a grade. # id: conversation.confess_the_past.angel_i_kept_thinking
Buffy: I had this idea that he was the real thing. Big, tragic, forever. That I'd never feel that way again, so why even look. # id: conversation.confess_the_past.i_had_this_idea
Buffy: It was a high school thing, Spike. It was prom and poetry and heartbreak. It was never going to hold up next to you. # id: conversation.confess_the_past.it_was_a_high
->->

= confess_the_secret
~ confession += the_secret
{confessed_first == ():
    ~ confessed_first = the_secret
}
{LIST_COUNT(confession):
- 1: She starts with the thing the bourbon already told her tonight. # actor: buffy look_down # id: conversation.confess_the_secret.she_starts_with_the
- 2: Her voice is going. She keeps on anyway. # id: conversation.confess_the_secret.her_voice_is_going
- 3: She's crying now. She lets herself. # actor: buffy crying # id: conversation.confess_the_secret.she_s_crying_now
}
Buffy: I hid you. From everybody. Like you were something I'd done, and not somebody I... # id: conversation.confess_the_secret.i_hid_you_from
Buffy: I was so scared of what they'd say. And now I sit here drinking your bourbon every night and I couldn't care less who knows. I'm just late. Like with everything. # id: conversation.confess_the_secret.i_was_so_scared
->->

// Looking at the glass after he has drunk it: the clue, for the player who looks.
=== empty_glass ===
{stopping:
- Empty. Not a drop left, not even a ring of it at the bottom. # id: empty_glass.empty_not_a_drop
  She's poured that glass every night for months. It has never once been empty. # id: empty_glass.she_s_poured_that
  She must be more tired than she thought. Or she's getting better at this. # id: empty_glass.she_must_be_more
- Still empty. She makes herself look somewhere else. # id: empty_glass.still_empty_she_makes
}
~ noticed_glass = true
->->

// ---------------------------------------------------------------------------------------------
// Beat 5. The lean is the player's (the kiss cutscene); after it, in ink, the lips meet.
=== the_kiss ===
And here it is. The part of the night she always gets to. # beat: kiss # actor: buffy seated # actor: spike seated # shot: two_shot # id: the_kiss.and_here_it_is
{greeting == teased:
    Buffy: Don't be late tomorrow. # id: the_kiss.don_t_be_late
- else:
    Buffy: Come back tomorrow. Okay? Promise me. # id: the_kiss.come_back_tomorrow_okay
}
Spike: Tomorrow? I'm not going anywhere, love. # id: the_kiss.tomorrow_i_m_not
They always say that. She doesn't hold it against him. # id: the_kiss.they_always_say_that
She knows how this goes. She leans in, and he comes apart into smoke before she gets there. Every time. # id: the_kiss.she_knows_how_this
She leans in anyway. In case tonight is the night he doesn't. # id: the_kiss.she_leans_in_anyway
Their lips meet. # cut: kiss # id: the_kiss.their_lips_meet
His mouth is cool, and solid, and it stays. # sfx: heartbeat # id: the_kiss.his_mouth_is_cool
{smokes_answer:
- honest: He tastes of the cigarette she lit for him, and the bourbon she poured. # id: the_kiss.he_tastes_of_the
- joking: He tastes of his brand. The one she's been keeping in business. # id: the_kiss.he_tastes_of_his
- rueful: He tastes like an ashtray. He tastes like an ashtray, and it's the best thing that has ever happened to her. # id: the_kiss.he_tastes_like_an
}
{noticed_glass:
    The glass. The empty glass. # id: the_kiss.the_glass_the_empty
}
She gasps and jerks back. # sfx: gasp # actor: buffy crying # music: stop # id: the_kiss.she_gasps_and_jerks
She stares at him. He's still there. He's still there. # id: the_kiss.she_stares_at_him
He frowns at her, lost. # act: spike frown # id: the_kiss.he_frowns_at_her
Spike: What? What's wrong? # id: the_kiss.what_what_s_wrong
{smokes_answer == rueful:
    Spike: It's the fags, isn't it. I'll pack them in. Swear. # id: the_kiss.it_s_the_fags
- else:
    Spike: Buffy? Talk to me, pet. # id: the_kiss.buffy_talk_to_me
}
Her eyes fill up all over again. # id: the_kiss.her_eyes_fill_up
Buffy: You're... # id: the_kiss.you_re
Buffy: You're real. # id: the_kiss.you_re_real
# beat: reunion
# cut: reunion
-> END
