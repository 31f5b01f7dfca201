/** Alarm handling: the whole package is annotated. */
@Reviewed
package com.acme.alarm;

import com.acme.Reviewed;
