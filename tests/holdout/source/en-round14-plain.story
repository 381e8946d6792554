#! English round 14 plain articles: invented news, people, places and outlets.

=== en-plain-lindenmoor-hospital-opens
lang: en
outlet: The Lindenmoor Standard
title: Lindenmoor’s new £186m hospital opens its doors – and its first patient is a baby girl
link: https://example.co.uk/news/health/lindenmoor-general-hospital-opens
author: Priya Castellanos-Webb
date: 2036-06-12 16:20:00
tags: Health, Lindenmoor, NHS
options: nocaptionline
> The new Lindenmoor General Hospital welcomed its first patients on Thursday, seven years after the old Victorian infirmary on Castle Hill was declared unfit for purpose and more than two years after building work began.
> The £186.4m hospital on the former Hadley Mills site has 312 beds, a 24-hour emergency department, four operating theatres and a maternity unit with a midwife-led birth centre. Around 1,900 staff have moved across from Castle Hill over the past fortnight.
> Its very first patient arrived at 12.07am, just seven minutes after the doors opened. Baby Isla Mae Fennimore was born at 3.41am, weighing 7lb 2oz, to parents Chloe and Marcus Fennimore of Upper Tenby Road.
> “We were supposed to be going to Castle Hill, but the midwife rang and said, ‘Actually, come to the new one,’” said Mr. Fennimore. “So she’s the first baby born here. She won’t remember it, but we will.”
> 38 ambulances had transferred the last inpatients from the old infirmary by mid-morning, in an operation planned “like a military exercise”, according to chief executive Dr. Helen Okoro-Banks.
> “Moving a whole hospital while it keeps running is something you hope to do once in a career,” she said. “Our staff have been extraordinary. The building is wonderful, but it’s the people in it who make it a hospital.”
> NHS Lindenmoor says the new site will cut waiting times for planned operations by freeing up beds that were previously lost to leaks, failing heating and wards that could not be used in summer because they overheated.
> Not everyone is happy. Patients’ group Lindenmoor Health Watch has criticised the car park, where the first 30 minutes are free but a full day costs £9.50, and the fact that the number 12 bus now stops 400 yards from the main entrance.
> myLinden, the hospital’s new patient app, lets people check in for outpatient appointments, see live waiting times in the emergency department and find their way around the site. It is available at www.mylinden-example.nhs.uk.
> The old infirmary on Castle Hill, which opened in 1884, will close for good at the end of the month. Its future has not yet been decided, although the council has said it wants to see the listed main building turned into housing. Suggestions can be sent to castlehill@lindenmoor.gov.uk.

=== en-plain-missing-hiker-found-brackenfell
lang: en
outlet: The Haverdale & Fells Courier
title: Missing hiker found alive after two nights on Brackenfell: ‘I kept telling myself, just one more hour’
caption: Mountain rescue volunteers carry Owen Trethewey to the waiting air ambulance below Sca Crag on Sunday morning.
link: https://example.co.uk/news/missing-hiker-found-alive-brackenfell
author: Ruth Abernethy
date: 2036-07-20 18:05:00
tags: Mountain rescue, Brackenfell, Outdoors
options: crlf bom exit=none
> A hiker who went missing on Brackenfell on Friday afternoon has been found alive after spending two nights on the fell, in what rescuers described as “a remarkable outcome”.
> Owen Trethewey, 58, from Kirkholme, was spotted by a search dog shortly after 7am on Sunday in a steep gully below Sca Crag, about 1.5km from the path he had planned to take. He had a suspected broken ankle and mild hypothermia but was conscious and talking.
> He was stretchered to a landing site and flown to Westmere Royal Infirmary, where his condition was described on Sunday evening as “comfortable”.
> “I slipped on wet rock coming down off the ridge and heard the ankle go,” Mr. Trethewey told his family by phone from hospital. “I couldn’t walk, there was no signal, and the cloud came down. I kept telling myself, just one more hour. Then another one.”
> His wife, Sandra, raised the alarm at 9.20pm on Friday when he failed to return to their holiday cottage. Search teams from Haverdale, Langmere and the neighbouring valleys, around 70 volunteers in all, searched through two nights of low cloud and heavy rain, supported by a coastguard helicopter when conditions allowed.
> Haverdale Mountain Rescue Team (HMRT) leader Gareth Pengelly said Mr. Trethewey had done “almost everything right”. He had told his family his route, carried spare layers, food and a survival bag, and had stayed put once injured. “The only thing missing was a way of calling for help without a phone signal. That’s the lesson.”
> HMRT dog handler Fiona McKechnie, whose collie Brock found him, said: “Brock went off up the gully and started barking, and I thought, that’s not a sheep bark. When I got there Owen waved at me. I’ll be honest, I had a little cry.”
> The team, which is entirely run by volunteers and funded by donations, has been called out 41 times so far this year, compared with 29 at the same point in 2035. Donations can be made at www.haverdalemrt-example.org.uk.
> Mrs. Trethewey said the family would “never be able to thank them enough… They are all heroes, every single one of them.”
