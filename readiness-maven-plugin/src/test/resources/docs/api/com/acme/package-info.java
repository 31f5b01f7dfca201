/** The fixture package: package documentation is not counted. */
package com.acme;
